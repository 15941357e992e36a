import { isObject } from '../model/detect.js';
import type { IntegrationNode } from '../model/model.js';
import { type JValue, toJson } from '../vtl/java.js';
import { parseJson } from '../vtl/json.js';
import { evaluateJsonPath } from '../vtl/jsonpath.js';
import type { GatewayAnswer } from './lambda-proxy.js';
import { type ClientRequest, queryPairs } from './request.js';

// HTTP API parameter mapping: `append|overwrite|remove:header.X`, `append|overwrite|remove:querystring.X` and
// `overwrite:path` on the request; per status code `append|overwrite|remove:header.X` and `overwrite:statuscode`
// on the response. Values are `$request.header.X` (or `${request.header.X}` inside text), querystring, body
// (JSONPath), path, path parameters, `$context.X`, `$stageVariables.X`, `$response.header.X`, `$response.body.X`
// or static text (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html).

export interface MappingValues {
  req: ClientRequest;
  path: string;
  pathParameters: Record<string, string>;
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
  response?: GatewayAnswer;
}

function jsonPath(body: Buffer, path: string): string {
  let doc: JValue;
  try {
    doc = parseJson(body.toString('utf8') || '{}');
  } catch {
    return '';
  }
  const v = evaluateJsonPath(doc, `$.${path}`);
  return v === undefined || v === null ? '' : typeof v === 'string' ? v : toJson(v);
}

function headerValues(headers: Array<[string, string]>, name: string): string {
  const lower = name.toLowerCase();
  return headers.filter(([k]) => k.toLowerCase() === lower).map(([, v]) => v).join(',');
}

function variable(expr: string, v: MappingValues): string {
  let m = /^request\.(header|querystring|body|path)\.(.+)$/.exec(expr);
  if (m) {
    const [, where, name] = m as unknown as [string, string, string];
    if (where === 'header') return headerValues(v.req.headers, name);
    if (where === 'querystring') return queryPairs(v.req.rawQueryString).filter(([k]) => k === name).map(([, x]) => x).join(',');
    if (where === 'body') return jsonPath(v.req.body, name);
    return v.pathParameters[name] ?? '';
  }
  if (expr === 'request.path') return v.path;
  if (expr === 'request.body') return v.req.body.toString('utf8');
  m = /^response\.(header|body)\.(.+)$/.exec(expr);
  if (m && v.response) return m[1] === 'header' ? headerValues(v.response.headers, m[2]!) : jsonPath(v.response.body, m[2]!);
  if (expr === 'response.body' && v.response) return v.response.body.toString('utf8');
  m = /^context\.(.+)$/.exec(expr);
  if (m) {
    let value: unknown = v.context;
    for (const k of m[1]!.split('.')) value = isObject(value) ? value[k] : undefined;
    return value === undefined || value === null ? '' : String(value);
  }
  m = /^stageVariables\.(.+)$/.exec(expr);
  if (m) return v.stageVariables[m[1]!] ?? '';
  return `$${expr}`;
}

/** A mapping value: one `$variable`, or text with `${variable}`s, or static text. */
export function mappingValue(value: string, v: MappingValues): string {
  const whole = /^\$((?:request|response|context|stageVariables)(?:\.[A-Za-z0-9_.-]+)?)$/.exec(value);
  if (whole) return variable(whole[1]!, v);
  return value.replace(/\$\{([^{}]+)\}/g, (_, expr: string) => variable(expr.trim(), v));
}

function applyHeader(headers: Array<[string, string]>, op: string, name: string, value: string): Array<[string, string]> {
  const lower = name.toLowerCase();
  if (op === 'remove') return headers.filter(([k]) => k.toLowerCase() !== lower);
  if (op === 'overwrite') return [...headers.filter(([k]) => k.toLowerCase() !== lower), [name, value]];
  return [...headers, [name, value]];
}

/** The request an HTTP_PROXY integration of an HTTP API sends, after its requestParameters. */
export function mapHttpApiRequest(integration: IntegrationNode, url: string, v: MappingValues): { url: string; req: ClientRequest } {
  const params = isObject(integration.value.requestParameters) ? integration.value.requestParameters : {};
  if (Object.keys(params).length === 0) return { url, req: v.req };
  const target = new URL(url);
  let headers = [...v.req.headers];
  for (const [key, raw] of Object.entries(params)) {
    if (typeof raw !== 'string') continue;
    const value = mappingValue(raw, v);
    const m = /^(append|overwrite|remove):(header|querystring)\.(.+)$/.exec(key);
    if (m && m[2] === 'header') headers = applyHeader(headers, m[1]!, m[3]!, value);
    else if (m) {
      if (m[1] !== 'append') target.searchParams.delete(m[3]!);
      if (m[1] !== 'remove') target.searchParams.append(m[3]!, value);
    } else if (key === 'overwrite:path') target.pathname = value;
  }
  return { url: target.href, req: { ...v.req, headers } };
}

/** The answer after the responseParameters for the back end's status code. */
export function mapHttpApiResponse(integration: IntegrationNode, v: MappingValues & { response: GatewayAnswer }): GatewayAnswer {
  const all = isObject(integration.value.responseParameters) ? integration.value.responseParameters : {};
  const params = all[String(v.response.status)];
  if (!isObject(params)) return v.response;
  let { status, headers } = v.response;
  for (const [key, raw] of Object.entries(params)) {
    if (typeof raw !== 'string') continue;
    const value = mappingValue(raw, v);
    const m = /^(append|overwrite|remove):header\.(.+)$/.exec(key);
    if (m) headers = applyHeader(headers, m[1]!, m[2]!, value);
    else if (key === 'overwrite:statuscode' && /^\d{3}$/.test(value)) status = Number(value);
  }
  return { ...v.response, status, headers };
}
