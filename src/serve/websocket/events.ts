import { randomBytes } from 'node:crypto';
import { clfTime, queryPairs, singleAndMulti } from '../request.js';

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

/**
 * Ids as API Gateway writes them: 16 characters of URL-safe base64 with its `=` (`XDmENcnwIE0CFEQ=`,
 * `HXT_RfBnPHcCIIg=`), as connection and request ids appear in its error frames
 * (`{"message": "Forbidden", "connectionId":"XDmENcnwIE0CFEQ=", "requestId":"XDmGEE2RoE0FRdQ="}`, recorded against
 * deployed APIs: https://github.com/aws-samples/simple-websockets-chat-app/issues/24). The `=` is why callers
 * URL-encode ids in `@connections` paths (`/@connections/DOvZ1cdTIAMCLtA%3D`,
 * https://github.com/georgeboot/laravel-echo-api-gateway/issues/9).
 */
export function awsId(): string {
  return `${randomBytes(11).toString('base64url')}=`;
}

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
 * `requestContext` of a WebSocket Lambda event, and `$context` of its mapping templates: the fields
 * of the events AWS documents for a `$connect` authorizer
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html)
 * and that a deployed API sends (a captured `$connect` event, with `messageId`, `disconnectStatusCode`
 * and `disconnectReason` null: https://gist.github.com/noid11/4aa8933d0b5cdbcc09d377c5d65d28c1), and
 * the variables of https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html.
 */
export function webSocketRequestContext(c: ConnectionInfo, e: EventInfo): Record<string, unknown> {
  return {
    routeKey: e.routeKey,
    ...(e.eventType === 'MESSAGE' ? {} : { disconnectStatusCode: e.disconnect?.statusCode ?? null }),
    messageId: e.messageId ?? null,
    eventType: e.eventType,
    extendedRequestId: e.requestId,
    requestTime: clfTime(e.time),
    messageDirection: 'IN',
    ...(e.eventType === 'MESSAGE' ? {} : { disconnectReason: e.disconnect?.reason ?? null }),
    stage: c.stage,
    connectedAt: c.connectedAt,
    requestTimeEpoch: e.time,
    identity: {
      cognitoIdentityPoolId: null, cognitoIdentityId: null, principalOrgId: null, cognitoAuthenticationType: null, userArn: null,
      userAgent: c.userAgent, accountId: null, caller: null, sourceIp: c.sourceIp, accessKey: null, cognitoAuthenticationProvider: null, user: null,
    },
    requestId: e.requestId,
    domainName: c.domainName,
    connectionId: c.connectionId,
    apiId: c.apiId,
    ...(c.authorizer ? { authorizer: c.authorizer } : {}),
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
