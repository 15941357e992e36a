import { connect as netConnect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, type ApiServer, createServer } from '../../src/serve/server.js';
import { send } from './support.js';
import { closeAll, connect, refusal, until } from './websocket-support.js';

const log: AccessLogEntry[] = [];
let server: ApiServer;
let base: string;
let ws: string;

beforeAll(async () => {
  server = createServer('fixtures/serve/websocket/mock.yaml', {
    stage: 'dev', onRequest: (e) => log.push(e),
    webSocketLimits: { maxFrameBytes: 1024, maxMessageBytes: 4096, idleTimeoutMs: 60_000, maxConnectionMs: 600_000 },
  });
  base = await server.listen(0);
  ws = base.replace('http', 'ws');
});
afterEach(() => closeAll());
afterAll(() => server?.close());

const ID = /^[A-Za-z0-9_-]{15}=$/;

describe('serve: a WebSocket API (MOCK integrations)', () => {
  it('is a WebSocket API and upgrades at the root and at /<stage>', async () => {
    expect(server.apiType).toBe('websocket');
    for (const path of ['/', '/dev']) {
      const c = await connect(ws + path);
      c.ws.send('{"action":"echo"}');
      expect(JSON.parse(await c.next())).toMatchObject({ route: 'echo' });
      await c.close();
    }
  });

  it('refuses an upgrade at another path with 403', async () => {
    expect(await refusal(`${ws}/prod`)).toEqual({ status: 403, body: '{"message":"Forbidden"}' });
  });

  // $connect's integration decides the handshake: its status when not 2xx
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html: the integration's
  // 400 refuses the connection, "Unexpected server response: 400"). Here the MOCK request template's statusCode.
  it('$connect: a MOCK statusCode 403 refuses the handshake with 403; $input.params reads the query string', async () => {
    const r = await refusal(`${ws}/dev?deny=yes`);
    expect(r.status).toBe(403);
    expect(log.filter((e) => e.method === 'CONNECT').at(-1)).toMatchObject({ route: '$connect', integration: 'MOCK', status: 403 });
  });

  // A two-way route (RouteResponseSelectionExpression $default and a $default RouteResponse) sends the integration response
  // back (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html); its template
  // sees the WebSocket $context (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html).
  it('two-way MOCK route: the $default integration response template is sent back, with $context', async () => {
    const c = await connect(`${ws}/dev`);
    c.ws.send('{"action":"echo"}');
    const reply = JSON.parse(await c.next());
    expect(reply).toMatchObject({ route: 'echo', eventType: 'MESSAGE', stage: 'dev' });
    expect(reply.connectionId).toMatch(ID);
    expect(reply.messageId).toMatch(ID);
    await c.close();
  });

  // The request template is chosen by the integration's TemplateSelectionExpression (${request.body.kind}), else $default
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html); the MOCK status 418
  // selects the integration response keyed /4\d\d/ (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html).
  it('template selection by the message, integration response selection by status', async () => {
    const c = await connect(`${ws}/dev`);
    c.ws.send('{"action":"echo","kind":"teapot"}');
    expect(await c.next()).toBe('{"error": "teapot"}');
    await c.close();
  });

  // A route without a route response is one-way: nothing is sent back (apigateway-websocket-api-route-response.html).
  it('one-way route: nothing is sent back', async () => {
    const c = await connect(`${ws}/dev`);
    c.ws.send('{"action":"silent"}');
    c.ws.send('{"action":"echo"}');
    expect(JSON.parse(await c.next())).toMatchObject({ route: 'echo' });
    expect(c.pending()).toEqual([]);
    expect(log.some((e) => e.method === 'MESSAGE' && e.route === 'silent' && e.status === 200)).toBe(true);
    await c.close();
  });

  // No route for the message and no $default route: API Gateway answers with this frame, spacing included, and the connection
  // stays open (recorded against deployed APIs: https://github.com/aws-samples/simple-websockets-chat-app/issues/24).
  // A message that is not JSON goes to $default (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html).
  it.each(['{"action":"nothing"}', 'not json', '{"other":1}'])('no route and no $default: %s gets the Forbidden frame', async (message) => {
    const c = await connect(`${ws}/dev`);
    c.ws.send(message);
    const frame = await c.next();
    expect(frame).toMatch(/^\{"message": "Forbidden", "connectionId":"[A-Za-z0-9_-]{15}=", "requestId":"[A-Za-z0-9_-]{15}="\}$/);
    c.ws.send('{"action":"echo"}');
    expect(JSON.parse(await c.next()).connectionId).toBe(JSON.parse(frame).connectionId);
    await c.close();
  });

  // A plain HTTP request to the endpoint: 426 (the serverless-offline suite written against deployed APIs,
  // tests/manual/websocket/main/test/e2e/ws.e2e.js, expects 426).
  it('a plain HTTP GET is answered 426', async () => {
    expect((await send(base, 'GET', '/dev')).status).toBe(426);
  });
});

describe('serve: WebSocket limits', () => {
  // Binary frames: "API Gateway rejects it and disconnects the client with code 1003"
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-binary-media-types.html).
  it('a binary frame closes the connection with 1003', async () => {
    const c = await connect(`${ws}/dev`);
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await c.closed).code).toBe(1003);
  });

  // "If a larger message (or larger frame size) is received, the connection is closed with code 1009"
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html),
  // here with the limits shrunk to 1 KB frames and 4 KB messages.
  it('a frame over the frame limit closes with 1009', async () => {
    const c = await connect(`${ws}/dev`);
    c.ws.send(JSON.stringify({ action: 'echo', pad: 'x'.repeat(1100) }));
    expect((await c.closed).code).toBe(1009);
    expect(c.pending()).toEqual([]);
  });

  it('a message over the message limit, in frames within the frame limit, closes with 1009', async () => {
    const c = await connect(`${ws}/dev`);
    const text = JSON.stringify({ action: 'echo', pad: 'x'.repeat(5000) });
    for (let at = 0; at < text.length; at += 1000) c.ws.send(text.slice(at, at + 1000), { fin: at + 1000 >= text.length });
    expect((await c.closed).code).toBe(1009);
  });

  it('a message within the limits in several frames is routed', async () => {
    const c = await connect(`${ws}/dev`);
    const text = JSON.stringify({ action: 'echo', pad: 'x'.repeat(3000) });
    for (let at = 0; at < text.length; at += 1000) c.ws.send(text.slice(at, at + 1000), { fin: at + 1000 >= text.length });
    expect(JSON.parse(await c.next())).toMatchObject({ route: 'echo' });
    await c.close();
  });
});

describe('serve: WebSocket timeouts', () => {
  // Idle Connection Timeout 10 minutes, connection duration 2 hours (limits table above); closed with 1001 "Going away".
  it.each([
    { name: 'idle', limits: { idleTimeoutMs: 50 } },
    { name: 'connection duration', limits: { maxConnectionMs: 50 } },
  ])('$name timeout closes with 1001', async ({ limits }) => {
    const s = createServer('fixtures/serve/websocket/mock.yaml', { stage: 'dev', webSocketLimits: limits });
    try {
      const url = await s.listen(0);
      const c = await connect(`${url.replace('http', 'ws')}/dev`);
      expect(await c.closed).toEqual({ code: 1001, reason: 'Going away' });
    } finally {
      await s.close();
    }
  });
});

describe('serve: WebSocket robustness', () => {
  it('garbage after the handshake, a frame cut off by a closed socket, and a bad upgrade do not stop the server', async () => {
    const port = Number(new URL(base).port);
    const raw = (text: string | Buffer) => new Promise<void>((done) => {
      const s = netConnect(port, '127.0.0.1', () => {
        s.write(text);
        setTimeout(() => s.destroy(), 20);
      });
      s.on('error', () => undefined);
      s.on('close', () => done());
    });
    const upgrade = `GET /dev HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;
    await raw(upgrade + 'garbage that is not a frame');
    // A text frame announcing 200 masked bytes, of which 3 arrive.
    await raw(Buffer.concat([Buffer.from(upgrade), Buffer.from([0x81, 0xfe, 0x00, 0xc8, 1, 2, 3, 4, 65, 66, 67])]));
    await raw('GET /dev HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    const c = await connect(`${ws}/dev`);
    c.ws.send('{"action":"echo"}');
    expect(JSON.parse(await c.next())).toMatchObject({ route: 'echo' });
    await c.close();
    await until(() => log.some((e) => e.method === 'CONNECT'));
  });
});
