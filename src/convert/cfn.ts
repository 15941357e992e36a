import { httpResources } from '../export/cfn/resources.js';

/**
 * `convert http --format cfn`: the converted HTTP API as `AWS::ApiGatewayV2` resources (Api,
 * Route, Integration, Authorizer) with an auto-deploying `$default` stage that waits for the
 * routes, instead of an OpenAPI definition. What resources cannot express is refused by name.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
 */
export function httpApiTemplate(definition: Record<string, unknown>, file: string): Record<string, unknown> {
  const { resources, parts } = httpResources(definition, file);
  resources.HttpApiStage = {
    Type: 'AWS::ApiGatewayV2::Stage',
    ...(parts.length ? { DependsOn: parts } : {}),
    Properties: { ApiId: { Ref: 'HttpApi' }, StageName: '$default', AutoDeploy: true },
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'HTTP API converted from a REST API by apigw',
    Resources: resources,
    Outputs: { ApiUrl: { Description: 'Invoke URL of the $default stage', Value: { 'Fn::GetAtt': ['HttpApi', 'ApiEndpoint'] } } },
  };
}
