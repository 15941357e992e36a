import { webSocketRequestContext as baseContext } from '../../aws/websocket-context.js';
import { queryPairs, singleAndMulti } from '../request.js';

/** What API Gateway knows of one connection, from its upgrade request on. */
export interface ConnectionInfo {
  connectionId: string;
  /** Milliseconds since the epoch. */
  connectedAt: number;
  lastActiveAt: number;
  sourceIp: string;
  userAgent: string | null;
  /** The Host of the upgrade request: `$context.domainName`, the callback URL's host. */
  domainName: string;
  stage: string;
  apiId: string;
  /** The upgrade request's headers, in the client's case and order. */
  headers: Array<[string, string]>;
  rawQueryString: string;
  /** What the `$connect` authorizer passed on, for every later event of the connection. */
  authorizer?: Record<string, unknown>;
}

export type EventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

/** One event of a connection: its ids and time. */
export interface EventInfo {
  eventType: EventType;
  routeKey: string;
  requestId: string;
  /** MESSAGE only. */
  messageId?: string;
  time: number;
  disconnect?: { statusCode: number | null; reason: string };
}

/**
 * `requestContext` of a WebSocket Lambda event, and `$context` of its mapping templates: the context
 * of src/aws/websocket-context.ts (the events AWS documents for a `$connect` authorizer,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html)
 * with what a deployed API adds to it: `messageId`, `disconnectStatusCode` and `disconnectReason`
 * on `$connect` and `$disconnect`, and the whole `identity` with its empty fields null (a captured
 * `$connect` event: https://gist.github.com/noid11/4aa8933d0b5cdbcc09d377c5d65d28c1).
 */
export function webSocketRequestContext(c: ConnectionInfo, e: EventInfo): Record<string, unknown> {
  const base = baseContext({
    routeKey: e.routeKey, connectionId: c.connectionId, requestId: e.requestId, ...(e.messageId ? { messageId: e.messageId } : {}), apiId: c.apiId, stage: c.stage,
    domainName: c.domainName, connectedAt: c.connectedAt, time: e.time, sourceIp: c.sourceIp, ...(c.userAgent !== null ? { userAgent: c.userAgent } : {}),
    ...(c.authorizer ? { authorizer: c.authorizer } : {}),
  });
  return {
    ...base,
    ...(e.eventType === 'MESSAGE' ? {} : { messageId: null, disconnectStatusCode: e.disconnect?.statusCode ?? null, disconnectReason: e.disconnect?.reason ?? null }),
    identity: {
      cognitoIdentityPoolId: null, cognitoIdentityId: null, principalOrgId: null, cognitoAuthenticationType: null, userArn: null,
      userAgent: c.userAgent, accountId: null, caller: null, sourceIp: c.sourceIp, accessKey: null, cognitoAuthenticationProvider: null, user: null,
    },
  };
}

/** The upgrade request's headers and query string as a `$connect` event carries them: absent maps left out. */
export function connectRequestParts(c: ConnectionInfo): Record<string, unknown> {
  const headers = singleAndMulti(c.headers);
  const query = singleAndMulti(queryPairs(c.rawQueryString));
  return {
    headers: headers.single, multiValueHeaders: headers.multi,
    ...(Object.keys(query.single).length ? { queryStringParameters: query.single, multiValueQueryStringParameters: query.multi } : {}),
  };
}

/**
 * The Lambda proxy event of each kind: `$connect` with the upgrade request's headers and query
 * string, a message with its `body` (text frames only, so `isBase64Encoded` false), `$disconnect`
 * with the headers API Gateway sends then (Host, `x-api-key`, `X-Forwarded-For`, `x-restapi`).
 */
export function proxyEvent(c: ConnectionInfo, e: EventInfo, body?: string): Record<string, unknown> {
  const requestContext = webSocketRequestContext(c, e);
  if (e.eventType === 'CONNECT') return { ...connectRequestParts(c), requestContext, isBase64Encoded: false };
  if (e.eventType === 'DISCONNECT') {
    const headers = { Host: c.domainName, 'x-api-key': '', 'X-Forwarded-For': '', 'x-restapi': '' };
    const multiValueHeaders = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));
    return { headers, multiValueHeaders, requestContext, isBase64Encoded: false };
  }
  return { requestContext, body: body ?? '', isBase64Encoded: false };
}
