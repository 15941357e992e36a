import type { WsAuthorizer, WsRoute } from '../../model/websocket.js';
import { evaluatePolicy, readPolicy } from '../authorizers.js';
import { lambdaFunctionName } from '../integrations.js';
import type { LambdaInvoker } from '../lambda-invoke.js';
import { queryPairs } from '../request.js';
import { type ConnectionInfo, connectRequestParts, type EventInfo, webSocketRequestContext } from './events.js';
import { subForm } from './integrations.js';

export type ConnectAuth =
  | { kind: 'allow'; authorizer: Record<string, unknown> }
  /** The handshake's answer: 401, 403 or 500 as a REST API's authorizer would give. */
  | { kind: 'refuse'; status: number; body: string; errorType: string; note: string };

/** The `$connect` route's REQUEST Lambda authorizer, or why it cannot run here. */
export function connectAuthorizer(route: WsRoute | undefined, vars: Record<string, string>, invokers: Map<string, LambdaInvoker>): { authorizer?: WsAuthorizer; functionName?: string; problem?: string } {
  if (!route) return {};
  const type = String(route.props.AuthorizationType ?? 'NONE').toUpperCase();
  // IAM authorization would need a SigV4-signed upgrade request checked against IAM policies.
  if (type === 'AWS_IAM') return { problem: 'IAM authorization (AuthorizationType AWS_IAM) is not emulated' };
  if (type !== 'CUSTOM') return {};
  const authorizer = route.authorizer;
  if (!authorizer) return { problem: 'its AuthorizerId names no authorizer of the template' };
  if (String(authorizer.props.AuthorizerType ?? '').toUpperCase() !== 'REQUEST') return { problem: `authorizer ${authorizer.id} of type ${JSON.stringify(authorizer.props.AuthorizerType)} is not emulated (WebSocket APIs take REQUEST authorizers)` };
  const functionName = lambdaFunctionName(subForm(authorizer.props.AuthorizerUri), vars);
  if (!functionName) return { problem: `the Lambda function of authorizer ${authorizer.id} is not named in its AuthorizerUri` };
  if (!invokers.has(functionName)) return { problem: `no --lambda given for function ${functionName} (authorizer ${authorizer.id})` };
  return { authorizer, functionName };
}

function identitySources(authorizer: WsAuthorizer): string[] {
  const v = authorizer.props.IdentitySource;
  const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : [];
  return list.map((s) => s.trim()).filter(Boolean);
}

function sourceValue(source: string, c: ConnectionInfo, vars: Record<string, string>): string | undefined {
  const m = /^route\.request\.(header|querystring)\.(.+)$/.exec(source);
  if (m?.[1] === 'header') {
    const lower = m[2]!.toLowerCase();
    return c.headers.filter(([k]) => k.toLowerCase() === lower).at(-1)?.[1];
  }
  if (m?.[1] === 'querystring') return queryPairs(c.rawQueryString).filter(([k]) => k === m[2]).at(-1)?.[1];
  const stage = /^stageVariables\.(.+)$/.exec(source);
  if (stage) return vars[stage[1]!];
  const context = /^context\.(.+)$/.exec(source);
  if (context) {
    const known: Record<string, string> = { connectionId: c.connectionId, stage: c.stage, apiId: c.apiId, domainName: c.domainName, 'identity.sourceIp': c.sourceIp };
    return known[context[1]!];
  }
  return undefined;
}

const refuse = (status: number, body: unknown, errorType: string, note: string): ConnectAuth => ({ kind: 'refuse', status, body: JSON.stringify(body), errorType, note });

/**
 * Runs a `$connect` REQUEST authorizer as API Gateway does
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html):
 * identity sources first (a missing one refuses with 401 without a call), then the function with
 * the documented input (`methodArn` ending in `/$connect`), whose IAM policy is evaluated as a
 * REST API's is; its context and principalId reach every later event of the connection. The
 * refusals are a REST authorizer's: 401 Unauthorized, 403 on a deny, 500 when the authorizer fails.
 */
export async function authorizeConnect(
  authorizer: WsAuthorizer, functionName: string, invoker: LambdaInvoker, c: ConnectionInfo, e: EventInfo, vars: Record<string, string>,
): Promise<ConnectAuth> {
  for (const source of identitySources(authorizer)) {
    const value = sourceValue(source, c, vars);
    if (value === undefined || value === '') return refuse(401, { message: 'Unauthorized' }, 'UnauthorizedException', `authorizer ${authorizer.id}: no value for identity source ${source}`);
  }
  const region = 'us-east-1';
  const methodArn = `arn:aws:execute-api:${region}:123456789012:${c.apiId}/${c.stage}/$connect`;
  const event = { type: 'REQUEST', methodArn, ...connectRequestParts(c), stageVariables: { ...vars }, requestContext: webSocketRequestContext(c, e) };
  const outcome = await invoker.invoke(event, { awsRequestId: e.requestId, functionName });
  const configuration = (note: string) => refuse(500, { message: null }, 'AuthorizerConfigurationException', `authorizer ${authorizer.id}: ${note}`);
  if (outcome.kind === 'timeout') return configuration(`function ${functionName} did not answer in time`);
  if (outcome.kind === 'crash' || outcome.kind === 'unreachable') return configuration(`function ${functionName}: ${outcome.message}`);
  if (outcome.kind === 'error') {
    if (outcome.errorMessage === 'Unauthorized') return refuse(401, { message: 'Unauthorized' }, 'UnauthorizedException', `authorizer ${authorizer.id}: function ${functionName} raised Unauthorized`);
    return configuration(`function ${functionName} failed: ${outcome.errorType}: ${outcome.errorMessage}`);
  }
  const policy = readPolicy(outcome.value);
  if (typeof policy === 'string') return configuration(policy);
  const context: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy.context)) {
    if (v !== null && typeof v === 'object') return configuration(`context.${k} is an object or array; only strings, numbers and booleans are allowed`);
    context[k] = v === null ? null : String(v);
  }
  const verdict = evaluatePolicy(policy.statements, methodArn);
  if (verdict !== 'allow') {
    const explicit = verdict === 'deny';
    const message = `User is not authorized to access this resource${explicit ? ' with an explicit deny' : ''}`;
    return refuse(403, { Message: message }, 'AccessDeniedException', `authorizer ${authorizer.id}: ${explicit ? 'the policy denies' : 'no statement of the policy allows'} ${methodArn}`);
  }
  return { kind: 'allow', authorizer: { ...context, principalId: policy.principalId } };
}
