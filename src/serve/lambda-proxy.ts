import { type ClientRequest, queryPairs, type RequestInfo, restRequestContext, singleAndMulti, stagePath } from './request.js';

/** A response ready to write: header pairs may repeat a name. */
export interface GatewayAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

export interface ProxyRoute {
  /** The resource path (`/pets/{id}`), or `$default`. */
  resourcePath: string;
  /** HTTP API route key: `GET /pets/{id}` or `$default`. */
  routeKey: string;
  path: string;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
}

/** The body as the event carries it: text, or base64 when API Gateway takes it as binary. */
function bodyOf(req: ClientRequest, isBinary: boolean): string | null {
  if (!req.body.length) return null;
  return req.body.toString(isBinary ? 'base64' : 'utf8');
}

const orNull = <T extends object>(o: T): T | null => (Object.keys(o).length ? o : null);

/**
 * The REST Lambda proxy event (payload 1.0): header names in the client's case, the last query
 * value in queryStringParameters and all of them in the multi-value map, decoded path parameters,
 * the raw body, and null for what is absent (AWS-recorded in LocalStack's
 * test_apigateway_lambda.py::test_lambda_aws_proxy_integration snapshot).
 */
export function eventV1(req: ClientRequest, info: RequestInfo, route: ProxyRoute, version?: '1.0', isBinary = false): Record<string, unknown> {
  const headers = singleAndMulti(req.headers);
  const query = singleAndMulti(queryPairs(req.rawQueryString));
  return {
    ...(version ? { version } : {}),
    resource: route.resourcePath, path: route.path, httpMethod: req.method,
    headers: orNull(headers.single), multiValueHeaders: orNull(headers.multi),
    queryStringParameters: orNull(query.single), multiValueQueryStringParameters: orNull(query.multi),
    pathParameters: orNull(route.pathParameters), stageVariables: orNull(route.stageVariables),
    requestContext: restRequestContext(req, info, route.resourcePath, route.path),
    body: bodyOf(req, isBinary), isBase64Encoded: isBinary && req.body.length > 0,
  };
}

/**
 * The HTTP API event of payload format 2.0: lower-case header names with repeated values joined
 * by commas, cookies split out, rawPath and rawQueryString as sent
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
 */
export function eventV2(req: ClientRequest, info: RequestInfo, route: ProxyRoute, isBinary = false): Record<string, unknown> {
  const headers: Record<string, string> = {};
  let cookies: string[] = [];
  for (const [k, v] of req.headers) {
    const name = k.toLowerCase();
    if (name === 'cookie') cookies = cookies.concat(v.split(';').map((c) => c.trim()).filter(Boolean));
    else headers[name] = name in headers ? `${headers[name]},${v}` : v;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of queryPairs(req.rawQueryString)) query[k] = k in query ? `${query[k]},${v}` : v;
  const body = bodyOf(req, isBinary);
  return {
    version: '2.0', routeKey: route.routeKey, rawPath: stagePath(info.stage, route.path), rawQueryString: req.rawQueryString,
    ...(cookies.length ? { cookies } : {}), headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: info.accountId, apiId: info.apiId, domainName: info.domainName, domainPrefix: info.domainName.split('.')[0],
      http: { method: req.method, path: stagePath(info.stage, route.path), protocol: 'HTTP/1.1', sourceIp: req.sourceIp, userAgent: headers['user-agent'] ?? '' },
      requestId: info.requestId, routeKey: route.routeKey, stage: info.stage, time: new Date(info.time).toISOString(), timeEpoch: info.time,
      ...(info.authorizer ? { authorizer: info.authorizer } : {}),
    },
    ...(Object.keys(route.pathParameters).length ? { pathParameters: route.pathParameters } : {}),
    ...(Object.keys(route.stageVariables).length ? { stageVariables: route.stageVariables } : {}),
    ...(body !== null ? { body } : {}), isBase64Encoded: isBinary && body !== null,
  };
}

const V1_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function headerText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * A payload 1.0 proxy response as API Gateway applies it, or undefined when it is malformed (an
 * unknown key, a statusCode that is not a number, a bare string, a body that is not a string, a
 * multiValueHeaders value that is not a list). AWS-recorded in LocalStack's
 * test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation snapshot.
 * With isBase64Encoded the body is decoded when `decodesBase64`: on a REST API when the first Accept
 * is a binary media type, on an HTTP API always (it has no binary media types).
 */
export function answerV1(result: unknown, decodesBase64: boolean): GatewayAnswer | undefined {
  if (!isPlainObject(result)) return undefined;
  if (Object.keys(result).some((k) => !V1_KEYS.has(k))) return undefined;
  const { statusCode, headers, multiValueHeaders, body, isBase64Encoded } = result;
  let status = 200;
  if (statusCode !== undefined && statusCode !== null) {
    if (!/^\d{3}$/.test(String(statusCode))) return undefined;
    status = Number(statusCode);
  }
  if (body !== undefined && body !== null && typeof body !== 'string') return undefined;
  if (headers !== undefined && headers !== null && !isPlainObject(headers)) return undefined;
  if (multiValueHeaders !== undefined && multiValueHeaders !== null) {
    if (!isPlainObject(multiValueHeaders) || Object.values(multiValueHeaders).some((v) => !Array.isArray(v))) return undefined;
  }
  const out: Array<[string, string]> = [];
  for (const [k, list] of Object.entries((multiValueHeaders ?? {}) as Record<string, unknown[]>)) for (const v of list) out.push([k, headerText(v)]);
  for (const [k, v] of Object.entries((headers ?? {}) as Record<string, unknown>)) out.push([k, headerText(v)]);
  if (!out.some(([k]) => k.toLowerCase() === 'content-type')) out.push(['Content-Type', 'application/json']);
  const text = (body ?? '') as string;
  const decode = isBase64Encoded === true && decodesBase64;
  return { status, headers: out, body: decode ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8') };
}

/**
 * A payload 2.0 response: with a statusCode it is applied (cookies become set-cookie headers);
 * without one API Gateway infers 200, application/json and the result itself as the body
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
 */
export function answerV2(result: unknown): GatewayAnswer | undefined {
  if (!isPlainObject(result) || result.statusCode === undefined) {
    return { status: 200, headers: [['Content-Type', 'application/json']], body: Buffer.from(JSON.stringify(result), 'utf8') };
  }
  const { statusCode, headers, body, cookies, isBase64Encoded } = result;
  if (!/^\d{3}$/.test(String(statusCode))) return undefined;
  if (headers !== undefined && headers !== null && !isPlainObject(headers)) return undefined;
  if (cookies !== undefined && cookies !== null && !Array.isArray(cookies)) return undefined;
  const out: Array<[string, string]> = [];
  for (const [k, v] of Object.entries((headers ?? {}) as Record<string, unknown>)) out.push([k, headerText(v)]);
  for (const c of (cookies ?? []) as unknown[]) out.push(['set-cookie', String(c)]);
  if (!out.some(([k]) => k.toLowerCase() === 'content-type')) out.push(['Content-Type', 'application/json']);
  const text = body === undefined || body === null ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return { status: Number(statusCode), headers: out, body: isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8') };
}
