/** One access-log line's facts: a request (REST, HTTP), or a WebSocket connect, message, disconnect or `@connections` call. */
export interface AccessLogEntry {
  /** The HTTP method; for a WebSocket API `CONNECT`, `MESSAGE`, `DISCONNECT` (`$context.eventType`) or an `@connections` call's method. */
  method: string;
  path: string;
  /** `GET /pets/{id}`, or null when no route matched. */
  route: string | null;
  /** `MOCK`, `AWS_PROXY`, … or null. */
  integration: string | null;
  status: number;
  ms: number;
  /** Why the server could not answer as API Gateway would, when it could not. */
  note?: string;
  /** A WebSocket API's connection. */
  connectionId?: string;
}
