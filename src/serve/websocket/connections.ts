import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { ConnectionInfo } from './events.js';

/** An open connection as the `@connections` API reaches it. */
export interface LiveConnection {
  readonly ws: WebSocket;
  readonly info: ConnectionInfo;
  /** The path of its upgrade request. */
  readonly path: string;
  /** Set once the connection is being closed for a limit: later frames are not routed. */
  refused: boolean;
  send(text: string): void;
  touch(): void;
  stop(): void;
}

interface ApiContext {
  live: Map<string, LiveConnection>;
  stage: string;
  limits: { maxMessageBytes: number };
  log: (entry: { method: string; path: string; route: string | null; integration: string | null; status: number; ms: number; note?: string; connectionId?: string }) => void;
}

/** `/@connections/{id}` or `/{stage}/@connections/{id}`, `@` written as is or as `%40`. */
const CONNECTIONS_PATH = /^(?:\/([^/]+))?\/(?:@|%40)connections\/([^/?]+)\/?$/i;

/**
 * The `@connections` API a back end calls to reach a client: PostToConnection (POST, 200),
 * GetConnection (GET, 200 with connectedAt, identity {sourceIp, userAgent} and lastActiveAt in ISO
 * 8601) and DeleteConnection (DELETE, 204), as the ApiGatewayManagementApi service model defines them
 * (https://github.com/boto/botocore/blob/develop/botocore/data/apigatewaymanagementapi/2018-11-29/service-2.json;
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html).
 * An unknown or closed connection is 410 GoneException, Data over 128 KB 413 PayloadTooLargeException.
 * Requests are not signed here: no SigV4 check (execute-api:ManageConnections) is made.
 */
export class ConnectionsApi {
  constructor(private readonly ctx: ApiContext) {}

  async handle(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const target = incoming.url ?? '/';
    const path = target.split('?')[0]!;
    const method = (incoming.method ?? 'GET').toUpperCase();
    const m = CONNECTIONS_PATH.exec(path);
    const finish = (status: number, body: string, headers: Record<string, string>, note?: string, connectionId?: string) => {
      res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body), 'x-amzn-RequestId': randomUUID() });
      res.end(method === 'HEAD' ? undefined : body);
      this.ctx.log({ method, path: target, route: m ? '@connections' : null, integration: null, status, ms: Math.round((performance.now() - started) * 10) / 10, ...(note ? { note } : {}), ...(connectionId ? { connectionId } : {}) });
    };
    const json = { 'Content-Type': 'application/json' };
    if (!m || (m[1] !== undefined && decodeURIComponent(m[1]) !== this.ctx.stage)) {
      await drain(incoming, 0);
      // A plain HTTP request to a WebSocket endpoint is answered 426 Upgrade Required (the serverless-offline
      // suite run against deployed APIs: tests/manual/websocket/main/test/e2e/ws.e2e.js, "should request to
      // upgade to WebSocket when receving an HTTP request").
      if (!m && method === 'GET') return finish(426, '{"message":"Upgrade Required"}', json);
      return finish(403, '{"message":"Forbidden"}', { ...json, 'x-amzn-ErrorType': 'ForbiddenException' });
    }
    let id: string;
    try {
      id = decodeURIComponent(m[2]!);
    } catch {
      id = m[2]!;
    }
    const conn = this.ctx.live.get(id);
    const body = await drain(incoming, this.ctx.limits.maxMessageBytes);
    // GoneException carries no message: SDKs report only the status ("GoneException: 410",
    // https://github.com/aws/aws-sdk-js-v3/issues/2763; a body that is not JSON,
    // https://github.com/georgeboot/laravel-echo-api-gateway/issues/9).
    const gone = () => finish(410, '', { 'x-amzn-ErrorType': 'GoneException' }, `no open connection ${id}`, id);
    if (method === 'POST') {
      if (body === undefined) return finish(413, '{"message":"Message too long"}', { ...json, 'x-amzn-ErrorType': 'PayloadTooLargeException' }, `Data over ${this.ctx.limits.maxMessageBytes} bytes`, id);
      if (!conn || conn.ws.readyState !== conn.ws.OPEN) return gone();
      conn.send(body.toString('utf8'));
      conn.touch();
      return finish(200, '', {}, undefined, id);
    }
    if (method === 'GET') {
      if (!conn) return gone();
      const { info } = conn;
      return finish(200, JSON.stringify({
        connectedAt: new Date(info.connectedAt).toISOString(), identity: { sourceIp: info.sourceIp, userAgent: info.userAgent ?? '' }, lastActiveAt: new Date(info.lastActiveAt).toISOString(),
      }), json, undefined, id);
    }
    if (method === 'DELETE') {
      if (!conn) return gone();
      conn.ws.close(1000);
      return finish(204, '', {}, undefined, id);
    }
    return finish(403, '{"message":"Forbidden"}', { ...json, 'x-amzn-ErrorType': 'ForbiddenException' }, `${method} is not an @connections operation`, id);
  }
}

/** The request body, or undefined once it passes `max` bytes (then the rest is read and dropped). */
function drain(incoming: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    incoming.once('end', () => resolveBody(size > max ? undefined : Buffer.concat(chunks)));
    incoming.once('error', () => resolveBody(undefined));
  });
}
