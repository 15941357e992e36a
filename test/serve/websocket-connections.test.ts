import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, type ApiServer, createServer } from '../../src/serve/server.js';
import { send } from './support.js';
import { type Client, closeAll, connect } from './websocket-support.js';

// The @connections API (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html)
// with the status codes and shapes of the ApiGatewayManagementApi service model
// (https://github.com/boto/botocore/blob/develop/botocore/data/apigatewaymanagementapi/2018-11-29/service-2.json):
// PostToConnection POST 200, GetConnection GET 200 {connectedAt, identity {sourceIp, userAgent}, lastActiveAt} (ISO 8601),
// DeleteConnection DELETE 204; GoneException 410, PayloadTooLargeException 413.
const log: AccessLogEntry[] = [];
let server: ApiServer;
let base: string;

beforeAll(async () => {
  server = createServer('fixtures/serve/websocket/mock.yaml', { stage: 'dev', onRequest: (e) => log.push(e), webSocketLimits: { maxFrameBytes: 1024, maxMessageBytes: 4096 } });
  base = await server.listen(0);
});
afterEach(() => closeAll());
afterAll(() => server?.close());

async function client(): Promise<{ c: Client; id: string }> {
  const c = await connect(`${base.replace('http', 'ws')}/dev`, { headers: { 'User-Agent': 'chat-test/1.0' } });
  c.ws.send('{"action":"echo"}');
  return { c, id: JSON.parse(await c.next()).connectionId };
}

describe('serve: @connections', () => {
  it.each([
    ['/dev/@connections/'], ['/dev/%40connections/'], ['/@connections/'], ['/%40connections/'],
  ])('POST %s{id} sends the body to the client: 200', async (prefix) => {
    const { c, id } = await client();
    const r = await send(base, 'POST', prefix + encodeURIComponent(id), { body: '{"push":1}' });
    expect([r.status, r.text]).toEqual([200, '']);
    expect(await c.next()).toBe('{"push":1}');
    await c.close();
  });

  // "a message larger than 32 KB must be split into multiple frames ... This applies to @connections commands"
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html);
  // Data is at most 128 KB (131072 in the service model): larger is 413. Limits shrunk to 1 KB frames, 4 KB messages.
  it('Data over the frame limit arrives whole; over the message limit it is 413 PayloadTooLargeException', async () => {
    const { c, id } = await client();
    const big = 'é'.repeat(1500);
    expect((await send(base, 'POST', `/dev/@connections/${encodeURIComponent(id)}`, { body: big })).status).toBe(200);
    expect(await c.next()).toBe(big);
    const tooBig = await send(base, 'POST', `/dev/@connections/${encodeURIComponent(id)}`, { body: 'x'.repeat(4097) });
    expect([tooBig.status, tooBig.headers.get('x-amzn-errortype')]).toEqual([413, 'PayloadTooLargeException']);
    await c.close();
  });

  it('GET answers the connection: connectedAt, identity, lastActiveAt', async () => {
    const { c, id } = await client();
    const r = await send(base, 'GET', `/dev/@connections/${encodeURIComponent(id)}`);
    expect(r.status).toBe(200);
    const info = r.json() as Record<string, any>;
    expect(Object.keys(info).sort()).toEqual(['connectedAt', 'identity', 'lastActiveAt']);
    expect(info.identity).toEqual({ sourceIp: '127.0.0.1', userAgent: 'chat-test/1.0' });
    expect(new Date(info.connectedAt).toISOString()).toBe(info.connectedAt);
    expect(Date.parse(info.lastActiveAt)).toBeGreaterThanOrEqual(Date.parse(info.connectedAt));
    await c.close();
  });

  // A closed or unknown connection: 410 GoneException, with no message (SDKs report "GoneException: 410",
  // https://github.com/aws/aws-sdk-js-v3/issues/2763).
  it('DELETE closes the connection: 204; then POST, GET and DELETE are 410 GoneException', async () => {
    const { c, id } = await client();
    const path = `/dev/@connections/${encodeURIComponent(id)}`;
    expect((await send(base, 'DELETE', path)).status).toBe(204);
    expect((await c.closed).code).toBe(1000);
    for (const method of ['POST', 'GET', 'DELETE']) {
      const r = await send(base, method, path, { body: method === 'POST' ? 'late' : undefined });
      expect([r.status, r.text, r.headers.get('x-amzn-errortype')]).toEqual([410, '', 'GoneException']);
    }
    expect((await send(base, 'POST', '/dev/@connections/neverWasHere00=', { body: 'x' })).status).toBe(410);
  });

  it('another stage is not this API: 403', async () => {
    const { c, id } = await client();
    expect((await send(base, 'POST', `/prod/@connections/${encodeURIComponent(id)}`, { body: 'x' })).status).toBe(403);
    expect(log.filter((e) => e.route === '@connections').length).toBeGreaterThan(0);
    await c.close();
  });
});
