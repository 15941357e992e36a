import { describeRule } from '../../../support/rule-tester.js';

// AWS::ApiGatewayV2::Api: Body, BodyS3Location and BasePath (OpenAPI import), Target, RouteKey and
// CredentialsArn (quick create) and CorsConfiguration are each "Supported only for HTTP APIs":
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-api.html
describeRule('ws/http-only-property', [
  { name: 'accepts the properties a WebSocket API takes', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports an OpenAPI body, quick create and CORS',
    spec: 'fail.yaml',
    expected: [
      ['body', '/Resources/ImportedApi/Properties/Body', 13, 7, 'Body of WebSocket API ImportedApi is supported only for HTTP APIs: a WebSocket API has no OpenAPI form, its routes are AWS::ApiGatewayV2::Route resources'],
      ['quickCreate', '/Resources/QuickApi/Properties/Target', 25, 7, 'Target of WebSocket API QuickApi is quick create, supported only for HTTP APIs: declare an AWS::ApiGatewayV2::Route and Integration instead'],
      ['quickCreate', '/Resources/QuickApi/Properties/RouteKey', 26, 7, 'RouteKey of WebSocket API QuickApi is quick create, supported only for HTTP APIs: declare an AWS::ApiGatewayV2::Route and Integration instead'],
      ['cors', '/Resources/QuickApi/Properties/CorsConfiguration', 27, 7, 'CorsConfiguration of WebSocket API QuickApi is supported only for HTTP APIs: API Gateway adds no CORS headers to a WebSocket handshake'],
    ],
  },
]);
