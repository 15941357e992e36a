import { uriShape } from '../aws/arn.js';
import { functionNameIn, isLambdaUriValue } from '../aws/lambda.js';
import { isObject } from '../model/detect.js';
import type { ApiModel, IntegrationNode, OperationNode } from '../model/model.js';

/** How the server answers a method's integration. */
export type IntegrationKind =
  | { kind: 'mock' }
  | { kind: 'lambda-proxy'; functionName: string; payloadVersion: '1.0' | '2.0' }
  | { kind: 'lambda-aws'; functionName: string }
  | { kind: 'http-proxy' }
  | { kind: 'http' }
  | { kind: 'not-emulated'; reason: string };

/** `${stageVariables.x}` replaced by the stage's values (a missing one becomes empty). */
export function substituteStageVariables(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, k: string) => vars[k] ?? '');
}

/**
 * The function a Lambda integration URI names: the name in its function ARN (after stage
 * variables), or the logical id in a CloudFormation `Fn::Sub` / `Fn::GetAtt` of a template.
 */
export function lambdaFunctionName(uri: unknown, vars: Record<string, string>): string | undefined {
  if (isObject(uri)) {
    const sub = uri['Fn::Sub'];
    const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    const logical = text && /\$\{([A-Za-z0-9]+)\.Arn\}/.exec(text);
    if (logical) return logical[1];
    const getAtt = uri['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
    if (typeof getAtt === 'string') return getAtt.split('.')[0];
    if (text) return lambdaFunctionName(text, vars);
    return undefined;
  }
  if (typeof uri !== 'string') return undefined;
  return functionNameIn(substituteStageVariables(uri, vars));
}

/** A Lambda uri, or an intrinsic with no stated text (`Fn::GetAtt: [Fn, Arn]`), taken to name a function. */
function isLambdaUri(uri: unknown): boolean {
  return isLambdaUriValue(uri) || (isObject(uri) && uriShape(uri) === undefined);
}

export function classify(model: ApiModel, op: OperationNode, vars: Record<string, string>): IntegrationKind {
  const integration: IntegrationNode | undefined = op.integration;
  if (!integration) return { kind: 'not-emulated', reason: 'it has no x-amazon-apigateway-integration' };
  const type = integration.type ?? '';
  const uri = integration.value.uri;
  if (type === 'mock') {
    if (model.apiType === 'http') return { kind: 'not-emulated', reason: 'HTTP APIs have no MOCK integrations' };
    return { kind: 'mock' };
  }
  if (type === 'aws_proxy' && isLambdaUri(uri)) {
    const functionName = lambdaFunctionName(uri, vars);
    if (!functionName) return { kind: 'not-emulated', reason: 'its Lambda function is not named in the integration uri' };
    const declared = String(integration.value.payloadFormatVersion ?? '');
    const payloadVersion = model.apiType === 'http' ? (declared === '1.0' ? '1.0' : '2.0') : '1.0';
    return { kind: 'lambda-proxy', functionName, payloadVersion };
  }
  if (type === 'aws_proxy' || type === 'aws') {
    const subtype = integration.value.integrationSubtype;
    if (type === 'aws' && isLambdaUri(uri) && model.apiType === 'rest') {
      const functionName = lambdaFunctionName(uri, vars);
      if (!functionName) return { kind: 'not-emulated', reason: 'its Lambda function is not named in the integration uri' };
      return { kind: 'lambda-aws', functionName };
    }
    return { kind: 'not-emulated', reason: `AWS service integrations${typeof subtype === 'string' ? ` (${subtype})` : ''} are not emulated` };
  }
  if (type === 'http' || type === 'http_proxy') {
    if (String(integration.value.connectionType ?? '').toUpperCase() === 'VPC_LINK') return { kind: 'not-emulated', reason: 'VPC link integrations are not emulated' };
    if (type === 'http_proxy') return { kind: 'http-proxy' };
    if (model.apiType === 'http') return { kind: 'not-emulated', reason: 'HTTP APIs have no HTTP (non-proxy) integrations' };
    return { kind: 'http' };
  }
  return { kind: 'not-emulated', reason: `integration type ${JSON.stringify(integration.value.type)} is not emulated` };
}
