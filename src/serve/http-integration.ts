import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { type JValue, toJson } from '../vtl/java.js';
import { parseJson } from '../vtl/json.js';
import { evaluateJsonPath } from '../vtl/jsonpath.js';
import { RenderSession } from '../vtl/render.js';
import { selectRequestTemplate } from '../vtl/select.js';
import { type TemplateRequest, withBody } from '../vtl/variables.js';
import { contentHandlingOf, convertRequestPayload } from './binary.js';
import { forward, type HttpTarget, rewriteTarget } from './http-proxy.js';
import { substituteStageVariables } from './integrations.js';
import { cachedTemplate, respond, type ResponseOutcome } from './integration-response.js';
import { type ClientRequest, headerValue, queryPairs } from './request.js';

export type HttpIntegrationOutcome =
  | ResponseOutcome
  | { kind: 'unsupported-media-type' }
  | { kind: 'timeout'; url: string }
  | { kind: 'error'; url: string; message: string };

export interface HttpIntegrationRequest {
  req: ClientRequest;
  /** The method request as templates see it. */
  request: TemplateRequest;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
  binaryMediaTypes: readonly string[];
  targets: HttpTarget[];
  timeoutMs: number;
  apiId: string;
}

/** What request parameter mappings read: the client's request, its route and stage. */
export type MappingSources = Pick<HttpIntegrationRequest, 'req' | 'request' | 'pathParameters' | 'stageVariables'>;

/** Integration request parameters: `integration.request.{header|querystring|path}.X` with their values. */
interface MappedRequest {
  header: Array<[string, string]>;
  querystring: Array<[string, string]>;
  path: Record<string, string>;
}

function walk(value: unknown, path: string): unknown {
  let v = value;
  for (const k of path.split('.')) v = isObject(v) ? v[k] : undefined;
  return v;
}

/**
 * The value of one request parameter mapping source: `method.request.{path|querystring|multivaluequerystring|
 * header|multivalueheader}.X`, `method.request.body` and `method.request.body.<JSONPath>`, `context.X`,
 * `stageVariables.X` or a static `'value'`
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html).
 */
function sourceValues(expr: string, input: MappingSources): string[] {
  const statik = /^'(.*)'$/s.exec(expr);
  if (statik) return [statik[1]!];
  const m = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(expr);
  if (m) {
    const [, where, name] = m as unknown as [string, string, string];
    if (where === 'path') return input.pathParameters[name] !== undefined ? [input.pathParameters[name]!] : [];
    if (where === 'querystring' || where === 'multivaluequerystring') {
      const all = queryPairs(input.req.rawQueryString).filter(([k]) => k === name).map(([, v]) => v);
      return where === 'querystring' ? all.slice(-1) : all;
    }
    const lower = name.toLowerCase();
    const all = input.req.headers.filter(([k]) => k.toLowerCase() === lower).map(([, v]) => v);
    return where === 'header' ? all.slice(-1) : all.length ? [all.join(',')] : [];
  }
  if (expr === 'method.request.body') return input.req.body.length ? [input.req.body.toString('utf8')] : [];
  const body = /^method\.request\.body\.(.+)$/.exec(expr);
  if (body) {
    let doc: JValue;
    try {
      doc = parseJson(input.req.body.toString('utf8') || '{}');
    } catch {
      return [];
    }
    const v = evaluateJsonPath(doc, `$.${body[1]}`);
    return v === undefined || v === null ? [] : [typeof v === 'string' ? v : toJson(v)];
  }
  const ctx = /^context\.(.+)$/.exec(expr);
  if (ctx) {
    const v = walk(input.request.context, ctx[1]!);
    return v === undefined || v === null ? [] : [String(v)];
  }
  const sv = /^stageVariables\.(.+)$/.exec(expr);
  if (sv) return input.stageVariables[sv[1]!] !== undefined ? [input.stageVariables[sv[1]!]!] : [];
  return [];
}

function mapRequest(integration: IntegrationNode, input: MappingSources): MappedRequest {
  const out: MappedRequest = { header: [], querystring: [], path: {} };
  const params = isObject(integration.value.requestParameters) ? integration.value.requestParameters : {};
  for (const [key, source] of Object.entries(params)) {
    const target = /^integration\.request\.(header|querystring|path)\.(.+)$/.exec(key);
    if (!target || typeof source !== 'string') continue;
    const values = sourceValues(source, input);
    if (values.length === 0) continue;
    const name = target[2]!;
    if (target[1] === 'path') out.path[name] = values[values.length - 1]!;
    else if (target[1] === 'header') out.header.push([name, values.join(',')]);
    else for (const v of values) out.querystring.push([name, v]);
  }
  return out;
}

const queryText = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

/**
 * A REST API's HTTP_PROXY integration with requestParameters: a mapped header replaces the client's
 * of that name and mapped query parameters are added to the client's (LocalStack's AWS-validated
 * integration request handler: "HTTP_PROXY still make uses of the request data mappings, and merges
 * it with the invocation request").
 */
export function mapProxyRequest(integration: IntegrationNode, input: MappingSources, url: string): { url: string; req: ClientRequest } {
  const mapped = mapRequest(integration, input);
  if (mapped.header.length === 0 && mapped.querystring.length === 0) return { url, req: input.req };
  const names = new Set(mapped.header.map(([k]) => k.toLowerCase()));
  const headers = [...input.req.headers.filter(([k]) => !names.has(k.toLowerCase())), ...mapped.header];
  const query = queryText(mapped.querystring);
  return { url: query ? url + (url.includes('?') ? '&' : '?') + query : url, req: { ...input.req, headers } };
}

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * An HTTP custom (non-proxy) integration: only what requestParameters map reaches the back end
 * (headers, query string, path variables of the URI); the body is the request template's output (or
 * passed through, or 415); the back end's status is matched against the selection patterns and the
 * integration response shapes the answer. The client's Content-Type goes along with a body, and
 * Accept defaults to application/json (as LocalStack's AWS-validated integration request handler does).
 */
export async function runHttpIntegration(integration: IntegrationNode, input: HttpIntegrationRequest): Promise<HttpIntegrationOutcome> {
  const { req } = input;
  const contentType = headerValue(req, 'content-type');
  const payload = convertRequestPayload(req.body, contentType, input.binaryMediaTypes, contentHandlingOf(integration.value));
  const request = withBody(input.request, payload.toString('utf8'));
  const session = new RenderSession(request);
  const choice = selectRequestTemplate(integration, contentType);
  if (choice.kind === 'unsupported') return { kind: 'unsupported-media-type' };
  const mapped = mapRequest(integration, input);
  let body: Buffer;
  try {
    body = choice.kind === 'template' ? Buffer.from(cachedTemplate(choice.text).render(request, { session }), 'utf8') : payload;
  } catch (err) {
    return { kind: 'template-error', message: (err as Error).message };
  }
  let uri = substituteStageVariables(String(integration.value.uri ?? ''), input.stageVariables);
  uri = uri.replace(/\{([^{}+]+)\+?\}/g, (_, name: string) => (mapped.path[name] ?? input.pathParameters[name] ?? '').split('/').map(encodeURIComponent).join('/'));
  uri = rewriteTarget(uri, input.targets);
  if (mapped.querystring.length) uri += (uri.includes('?') ? '&' : '?') + queryText(mapped.querystring);
  const declared = String(integration.value.httpMethod ?? 'ANY').toUpperCase();
  const method = declared === 'ANY' ? req.method : declared;
  const headers = [...mapped.header];
  const has = (name: string) => headers.some(([k]) => k.toLowerCase() === name);
  if (contentType && !NO_BODY.has(req.method) && !has('content-type')) headers.push(['Content-Type', contentType]);
  if (!has('accept')) headers.push(['Accept', 'application/json']);
  if (!has('user-agent')) headers.push(['User-Agent', `AmazonAPIGateway_${input.apiId}`]);
  const outcome = await forward(uri, method, { ...req, headers, body: NO_BODY.has(method) ? Buffer.alloc(0) : body }, input.timeoutMs);
  if (outcome.kind === 'timeout') return { kind: 'timeout', url: uri };
  if (outcome.kind === 'error') return { kind: 'error', url: uri, message: outcome.message };
  const { answer } = outcome;
  const ctx = { integration, request, session, accept: headerValue(req, 'accept'), binaryMediaTypes: input.binaryMediaTypes };
  return respond(ctx, { status: answer.status, headers: answer.headers, body: answer.body }, String(answer.status));
}
