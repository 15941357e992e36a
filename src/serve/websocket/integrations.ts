import { uriShape } from '../../aws/arn.js';
import { isObject } from '../../model/detect.js';
import { isAwsType, isLambdaIntegration, type WsIntegration } from '../../model/websocket.js';
import { RenderSession } from '../../vtl/render.js';
import { InputVariable, type TemplateRequest } from '../../vtl/variables.js';
import { forward, type HttpTarget, rewriteTarget } from '../http-proxy.js';
import { cachedTemplate } from '../integration-response.js';
import { lambdaFunctionName, substituteStageVariables } from '../integrations.js';
import type { LambdaInvoker } from '../lambda-invoke.js';
import { integrationResponseSelectionValue, type SelectionScope, selectIntegrationResponse, selectRequestTemplate, selectResponseTemplate, templateText } from '../../vtl/websocket-selection.js';

/** How the server runs a route's integration. */
export type WsIntegrationKind =
  | { kind: 'mock' }
  | { kind: 'lambda-proxy'; functionName: string }
  | { kind: 'lambda-aws'; functionName: string }
  | { kind: 'http-proxy' }
  | { kind: 'http' }
  | { kind: 'not-emulated'; reason: string };

/**
 * A uri written with `Fn::Join` (as CDK writes every one: `["arn:", {Ref: AWS::Partition}, ":apigateway:", …,
 * {Fn::GetAtt: [Fn, Arn]}, "/invocations"]`) in its `Fn::Sub` form (`arn:${AWS::Partition}:apigateway:…${Fn.Arn}/invocations`),
 * so that the function and the service it names are read the same way; any other value as it is.
 */
export function subForm(uri: unknown): unknown {
  const join = isObject(uri) ? uri['Fn::Join'] : undefined;
  if (!Array.isArray(join) || typeof join[0] !== 'string' || !Array.isArray(join[1])) return uri;
  const parts: string[] = [];
  for (const p of join[1] as unknown[]) {
    if (typeof p === 'string') parts.push(p.replace(/\$\{/g, '${!'));
    else if (isObject(p) && typeof p.Ref === 'string') parts.push(`\${${p.Ref}}`);
    else if (isObject(p) && Array.isArray(p['Fn::GetAtt']) && p['Fn::GetAtt'].every((x) => typeof x === 'string')) parts.push(`\${${(p['Fn::GetAtt'] as string[]).join('.')}}`);
    else return uri;
  }
  return { 'Fn::Sub': parts.join(join[0]) };
}

export function classifyWs(integration: WsIntegration | undefined, vars: Record<string, string>, invokers: Map<string, LambdaInvoker>): WsIntegrationKind {
  if (!integration) return { kind: 'not-emulated', reason: 'its Target names no integration of the template' };
  const type = integration.type ?? '';
  const uri = subForm(integration.props.IntegrationUri);
  if (type === 'MOCK') return { kind: 'mock' };
  // A uri the template does not state at all (a bare Ref or Fn::GetAtt) is taken for a function's.
  if (isLambdaIntegration(integration) || (isAwsType(type) && isObject(uri) && uriShape(uri) === undefined)) {
    const functionName = lambdaFunctionName(uri, vars);
    if (!functionName) return { kind: 'not-emulated', reason: 'its Lambda function is not named in IntegrationUri' };
    if (!invokers.has(functionName)) return { kind: 'not-emulated', reason: `no --lambda given for function ${functionName}` };
    return { kind: type === 'AWS_PROXY' ? 'lambda-proxy' : 'lambda-aws', functionName };
  }
  if (isAwsType(type)) {
    const text = uriShape(uri)?.masked;
    const service = text !== undefined ? /^arn:[^:]+:apigateway:[^:]*:([^:/]+)/.exec(text)?.[1] : undefined;
    return { kind: 'not-emulated', reason: `AWS service integrations${service ? ` (${service})` : ''} are not emulated` };
  }
  if (type === 'HTTP' || type === 'HTTP_PROXY') {
    if (String(integration.props.ConnectionType ?? '').toUpperCase() === 'VPC_LINK') return { kind: 'not-emulated', reason: 'VPC link integrations are not emulated' };
    if (typeof uri !== 'string') return { kind: 'not-emulated', reason: 'its IntegrationUri is not a URL the template states' };
    return { kind: type === 'HTTP_PROXY' ? 'http-proxy' : 'http' };
  }
  return { kind: 'not-emulated', reason: `integration type ${JSON.stringify(integration.props.IntegrationType)} is not emulated` };
}

/** What an integration came to. `body` is what a two-way route sends back; `status` decides a `$connect`. */
export type WsOutcome =
  | { kind: 'answer'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'failure'; status: number; note: string };

export interface WsCall {
  integration: WsIntegration;
  kind: Exclude<WsIntegrationKind, { kind: 'not-emulated' }>;
  invokers: Map<string, LambdaInvoker>;
  /** The message (`$input.body`), empty for `$connect` and `$disconnect`. */
  message: string;
  /** What selection expressions read: the message, and on `$connect` the upgrade request's headers and query string. */
  scope: SelectionScope;
  /** `$input.params()`, `$context`, `$stageVariables` of the templates. */
  request: TemplateRequest;
  /** The Lambda proxy event. */
  proxyEvent: () => Record<string, unknown>;
  requestId: string;
  timeoutMs: number;
  httpTargets: HttpTarget[];
  stageVariables: Record<string, string>;
}

/** `statusCode` of a MOCK request template's output; CDK's unquoted `{ statusCode: 200 }` is read too. */
function statusOf(output: string): string | undefined {
  return /["']?statusCode["']?\s*:\s*["']?(\d+)/.exec(output)?.[1];
}

/**
 * Runs one integration as API Gateway does for a WebSocket route: MOCK (the request template's
 * statusCode), Lambda proxy (the event of the route's kind; the result's statusCode and body),
 * Lambda custom (the request template's JSON is the event), HTTP_PROXY (the message POSTed as is) and
 * HTTP (the request template's output POSTed); the custom ones answer through the integration
 * response `/regex/` or `$default` and its response template.
 */
export async function runWsIntegration(call: WsCall): Promise<WsOutcome> {
  const { integration, kind } = call;
  const session = new RenderSession(call.request);
  const render = (value: unknown, body: string): string => {
    const template = templateText(value);
    if (!template) throw new Error('the template is not text');
    const request: TemplateRequest = { ...call.request, body };
    session.globals.set('input', new InputVariable(request));
    return template.show(cachedTemplate(template.text).render(request, { session }));
  };
  const integrationRequest = (): { ok: true; body: string } | { ok: false; outcome: WsOutcome } => {
    const choice = selectRequestTemplate(integration, call.scope);
    if (choice.kind === 'unsupported') return { ok: false, outcome: { kind: 'failure', status: 415, note: choice.reason } };
    try {
      return { ok: true, body: choice.kind === 'template' ? render(choice.text, call.message) : call.message };
    } catch (err) {
      return { ok: false, outcome: { kind: 'failure', status: 500, note: `mapping template failed: ${(err as Error).message}` } };
    }
  };
  /** A custom integration's answer: the selected integration response's template over the back end's body. */
  const respond = (status: number, body: string, errorMessage?: string, headers: Record<string, string> = {}): WsOutcome => {
    try {
      const { response } = selectIntegrationResponse(integration, integrationResponseSelectionValue(integration, { statusCode: status, ...(errorMessage !== undefined ? { errorMessage } : {}) }));
      if (!response) return { kind: 'answer', status };
      const template = selectResponseTemplate(response, { ...call.scope, integrationResponse: { statusCode: status, headers, body } });
      return { kind: 'answer', status, body: template === undefined ? body : render(template.text, body) };
    } catch (err) {
      return { kind: 'failure', status: 500, note: `integration response failed: ${(err as Error).message}` };
    }
  };

  if (kind.kind === 'mock') {
    const sent = integrationRequest();
    if (!sent.ok) return sent.outcome;
    // A MOCK integration has no back-end body: its response template reads an empty one.
    return respond(Number(statusOf(sent.body) ?? '200'), '');
  }

  if (kind.kind === 'lambda-proxy' || kind.kind === 'lambda-aws') {
    let event: unknown;
    if (kind.kind === 'lambda-proxy') event = call.proxyEvent();
    else {
      const sent = integrationRequest();
      if (!sent.ok) return sent.outcome;
      try {
        event = sent.body.trim() === '' ? {} : JSON.parse(sent.body);
      } catch {
        return { kind: 'failure', status: 500, note: `the integration request is not JSON, which Lambda refuses as an event` };
      }
    }
    const outcome = await call.invokers.get(kind.functionName)!.invoke(event, { awsRequestId: call.requestId, functionName: kind.functionName });
    if (outcome.kind === 'timeout') return { kind: 'failure', status: 504, note: `function ${kind.functionName} did not answer within ${call.timeoutMs} ms` };
    if (outcome.kind === 'unreachable') return { kind: 'failure', status: 500, note: `function ${kind.functionName} could not be invoked: ${outcome.message}` };
    if (kind.kind === 'lambda-aws') {
      if (outcome.kind === 'result') return respond(200, JSON.stringify(outcome.value) ?? 'null');
      const error = outcome.kind === 'error' ? { errorType: outcome.errorType, errorMessage: outcome.errorMessage } : { errorType: 'Runtime.ExitError', errorMessage: outcome.message };
      return respond(200, JSON.stringify(error), error.errorMessage);
    }
    if (outcome.kind === 'crash') return { kind: 'failure', status: 502, note: `function ${kind.functionName}: ${outcome.message}` };
    if (outcome.kind === 'error') return { kind: 'failure', status: 502, note: `function ${kind.functionName} failed: ${outcome.errorType}: ${outcome.errorMessage}` };
    return proxyResult(outcome.value, kind.functionName);
  }

  const uri = rewriteTarget(substituteStageVariables(String(integration.props.IntegrationUri), call.stageVariables), call.httpTargets);
  let body = call.message;
  if (kind.kind === 'http') {
    const sent = integrationRequest();
    if (!sent.ok) return sent.outcome;
    body = sent.body;
  }
  const method = String(integration.props.IntegrationMethod ?? 'POST').toUpperCase();
  const forwarded = await forward(uri, method === 'ANY' ? 'POST' : method, {
    method, rawPath: '', rawQueryString: '', headers: body ? [['Content-Type', 'application/json']] : [], body: Buffer.from(body, 'utf8'), sourceIp: '',
  }, call.timeoutMs);
  if (forwarded.kind === 'timeout') return { kind: 'failure', status: 504, note: `${uri} did not answer within ${call.timeoutMs} ms` };
  if (forwarded.kind === 'error') return { kind: 'failure', status: 500, note: `${uri}: ${forwarded.message}` };
  const answer = forwarded.answer;
  if (kind.kind === 'http-proxy') return { kind: 'answer', status: answer.status, body: answer.body.toString('utf8') };
  return respond(answer.status, answer.body.toString('utf8'), undefined, Object.fromEntries(answer.headers));
}

/**
 * A Lambda proxy result on a WebSocket route: its statusCode (default 200), headers and string body.
 * Anything but an object with a string body fails as a malformed proxy response would.
 */
function proxyResult(value: unknown, functionName: string): WsOutcome {
  if (value === null || value === undefined) return { kind: 'answer', status: 200 };
  if (!isObject(value)) return { kind: 'failure', status: 502, note: `malformed Lambda proxy response from ${functionName}: not an object` };
  const { statusCode, body, headers } = value;
  if (statusCode !== undefined && statusCode !== null && !/^\d{3}$/.test(String(statusCode))) return { kind: 'failure', status: 502, note: `malformed Lambda proxy response from ${functionName}: statusCode ${JSON.stringify(statusCode)}` };
  if (body !== undefined && body !== null && typeof body !== 'string') return { kind: 'failure', status: 502, note: `malformed Lambda proxy response from ${functionName}: body is not a string` };
  const out: Record<string, string> = {};
  if (isObject(headers)) for (const [k, v] of Object.entries(headers)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return { kind: 'answer', status: statusCode === undefined || statusCode === null ? 200 : Number(statusCode), ...(typeof body === 'string' ? { body } : {}), headers: out };
}
