import { randomBytes } from 'node:crypto';

/*
 * The request context of a WebSocket API: `$context` in its mapping templates
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html)
 * and `requestContext` of the Lambda events of its routes
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-integrations.html).
 * There is no `httpMethod`, `resourcePath` or `path`: a WebSocket API has none.
 */

export type WebSocketEventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

/** `$context.eventType`: CONNECT for `$connect`, DISCONNECT for `$disconnect`, MESSAGE for every other route. */
export function eventTypeOf(routeKey: string): WebSocketEventType {
  return routeKey === '$connect' ? 'CONNECT' : routeKey === '$disconnect' ? 'DISCONNECT' : 'MESSAGE';
}

/**
 * An id shaped like API Gateway's connection, request and message ids: 16 characters, base64 of
 * 11 bytes with one `=` of padding (`SOqGjdZioAMCEeg=`, as recorded in Lambda events).
 */
export function webSocketId(): string {
  return randomBytes(11).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `$context.requestTime`: CLF-formatted, `16/May/2022:17:30:27 +0000`. */
export function clfTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export interface WebSocketContextInput {
  routeKey: string;
  connectionId: string;
  /** Also `extendedRequestId` ("Same as $context.extendedRequestId"). */
  requestId: string;
  /** Only MESSAGE events have one; ignored for `$connect` and `$disconnect`. */
  messageId?: string;
  apiId: string;
  stage: string;
  /** Default: `{apiId}.execute-api.{region}.amazonaws.com`. */
  domainName?: string;
  region?: string;
  /** Epoch milliseconds at which the connection was made. */
  connectedAt: number;
  /** Epoch milliseconds of this request. */
  time: number;
  sourceIp?: string;
  userAgent?: string;
  /** What a Lambda authorizer returned on `$connect` (`principalId` and its `context`), kept for the connection. */
  authorizer?: Record<string, unknown>;
}

/**
 * The request context of one WebSocket event, in the order API Gateway writes it in Lambda events
 * (routeKey, messageId, eventType, extendedRequestId, requestTime, messageDirection, stage,
 * connectedAt, requestTimeEpoch, identity, requestId, domainName, connectionId, apiId).
 */
export function webSocketRequestContext(input: WebSocketContextInput): Record<string, unknown> {
  const eventType = eventTypeOf(input.routeKey);
  const identity: Record<string, unknown> = { sourceIp: input.sourceIp ?? '127.0.0.1' };
  if (input.userAgent !== undefined) identity.userAgent = input.userAgent;
  return {
    routeKey: input.routeKey,
    ...(eventType === 'MESSAGE' ? { messageId: input.messageId ?? webSocketId() } : {}),
    eventType,
    extendedRequestId: input.requestId,
    requestTime: clfTime(input.time),
    messageDirection: 'IN',
    stage: input.stage,
    connectedAt: input.connectedAt,
    requestTimeEpoch: input.time,
    identity,
    requestId: input.requestId,
    domainName: input.domainName ?? `${input.apiId}.execute-api.${input.region ?? 'us-east-1'}.amazonaws.com`,
    connectionId: input.connectionId,
    apiId: input.apiId,
    ...(input.authorizer ? { authorizer: input.authorizer } : {}),
  };
}
