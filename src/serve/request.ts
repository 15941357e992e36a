import { randomUUID } from 'node:crypto';
import { JMap, type JValue } from '../vtl/java.js';
import { contextValue } from '../vtl/variables.js';

/** One request as the client sent it. */
export interface ClientRequest {
  method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  rawPath: string;
  rawQueryString: string;
  /** Header names in the client's case, in order, repeated names kept. */
  headers: Array<[string, string]>;
  body: Buffer;
  sourceIp: string;
}

/** Query string pairs, decoded as API Gateway does: `+` is a space, `%2B` a plus. */
export function queryPairs(raw: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of raw.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? '' : part.slice(eq + 1);
    out.push([formDecode(k), formDecode(v)]);
  }
  return out;
}

function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Last value per name, and every value per name (REST payload 1.0). */
export function singleAndMulti(pairs: Array<[string, string]>): { single: Record<string, string>; multi: Record<string, string[]> } {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of pairs) {
    single[k] = v;
    (multi[k] ??= []).push(v);
  }
  return { single, multi };
}

export function headerValue(req: ClientRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return req.headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

/** The stage and request identity shared by `$context` and Lambda events. */
export interface RequestInfo {
  requestId: string;
  stage: string;
  apiId: string;
  accountId: string;
  domainName: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** What the method's authorizer passed on (`$context.authorizer`, `requestContext.authorizer`), once it allowed the request. */
  authorizer?: Record<string, unknown>;
}

export function requestInfo(req: ClientRequest, stage: string, apiId: string): RequestInfo {
  return { requestId: randomUUID(), stage, apiId, accountId: '123456789012', domainName: headerValue(req, 'host') ?? 'localhost', time: Date.now() };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let lastSecond = NaN;
let lastClf = '';

/** `$context.requestTime`: CLF-formatted, `02/Dec/2026:09:48:43 +0000` (formatted once a second). */
export function clfTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second === lastSecond) return lastClf;
  lastSecond = second;
  lastClf = formatClf(ms);
  return lastClf;
}

function formatClf(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** The path as API Gateway reports it: prefixed with the stage, except for an HTTP API's `$default` stage. */
export function stagePath(stage: string, path: string): string {
  return stage === '$default' ? path : `/${stage}${path}`;
}

/** `$context.domainPrefix`: the domain name up to its first dot. */
function domainPrefixOf(domainName: string): string {
  const dot = domainName.indexOf('.');
  return dot < 0 ? domainName : domainName.slice(0, dot);
}

/** REST `requestContext` (payload 1.0) and the `$context` of mapping templates. */
export function restRequestContext(req: ClientRequest, info: RequestInfo, resourcePath: string, path: string): Record<string, unknown> {
  return {
    resourceId: 'local', resourcePath, httpMethod: req.method, extendedRequestId: info.requestId,
    requestTime: clfTime(info.time), path: stagePath(info.stage, path), accountId: info.accountId, protocol: 'HTTP/1.1',
    stage: info.stage, domainPrefix: domainPrefixOf(info.domainName), requestTimeEpoch: info.time, requestId: info.requestId,
    identity: { sourceIp: req.sourceIp, userAgent: headerValue(req, 'user-agent') ?? null, accessKey: null, accountId: null, caller: null, user: null, userArn: null, cognitoIdentityId: null, cognitoIdentityPoolId: null, cognitoAuthenticationType: null, cognitoAuthenticationProvider: null },
    domainName: info.domainName, apiId: info.apiId,
    ...(info.authorizer ? { authorizer: info.authorizer } : {}),
  };
}

/**
 * `$context` of mapping templates as the Java map they see: what `buildContext` makes of
 * `restRequestContext` (same keys in the same order, same values), built without the record and
 * without a `Map` until a template changes or walks a map. Keep the two in step
 * (test/serve/context-map.test.ts compares them).
 */
export function restContextMap(req: ClientRequest, info: RequestInfo, resourcePath: string, path: string): JMap {
  const identity = JMap.ofRecord('opaque', {
    sourceIp: req.sourceIp, userAgent: headerValue(req, 'user-agent') ?? null, accessKey: null, accountId: null, caller: null, user: null, userArn: null,
    cognitoIdentityId: null, cognitoIdentityPoolId: null, cognitoAuthenticationType: null, cognitoAuthenticationProvider: null,
  });
  const requestOverride = JMap.ofRecord('opaque', { path: new JMap('opaque'), header: new JMap('opaque'), querystring: new JMap('opaque') });
  const responseOverride = JMap.ofRecord('opaque', { header: new JMap('opaque') });
  const time = info.time;
  const requestTime = clfTime(time);
  const requestTimeEpoch: JValue = contextValue(time);
  const stagedPath = stagePath(info.stage, path);
  const domainPrefix = domainPrefixOf(info.domainName);
  // Two whole literals rather than one spread into another: a spread with keys added after it is
  // far slower to build in V8.
  if (info.authorizer) {
    return JMap.ofRecord('hash', {
      resourceId: 'local', resourcePath, httpMethod: req.method, extendedRequestId: info.requestId, requestTime, path: stagedPath, accountId: info.accountId, protocol: 'HTTP/1.1',
      stage: info.stage, domainPrefix, requestTimeEpoch, requestId: info.requestId, identity, domainName: info.domainName, apiId: info.apiId,
      authorizer: contextValue(info.authorizer), requestOverride, responseOverride,
    });
  }
  return JMap.ofRecord('hash', {
    resourceId: 'local', resourcePath, httpMethod: req.method, extendedRequestId: info.requestId, requestTime, path: stagedPath, accountId: info.accountId, protocol: 'HTTP/1.1',
    stage: info.stage, domainPrefix, requestTimeEpoch, requestId: info.requestId, identity, domainName: info.domainName, apiId: info.apiId,
    requestOverride, responseOverride,
  });
}
