import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, type ApiServer, createServer } from '../../src/serve/server.js';
import { closeAll, connect, until } from './websocket-support.js';

// The acceptance test of a chat-style API: aws-samples/simple-websockets-chat-app's own template (fixtures/websocket,
// source in its manifest.json), served with local handlers standing in for its functions (connection ids in a folder
// instead of DynamoDB). Clients connect, send {"action":"sendmessage","data":…} (RouteSelectionExpression
// $request.body.action), the function broadcasts through @connections (http://{domainName}/{stage}/@connections/{id}),
// and $disconnect forgets the connection.
const H = './fixtures/serve/websocket/chat/handlers.mjs';
const TABLE = `apigw-chat-${process.pid}-${Date.now()}`;
const table = join(tmpdir(), TABLE);
const log: AccessLogEntry[] = [];
let server: ApiServer;
let ws: string;

beforeAll(async () => {
  // Worker threads start with a copy of process.env: the handlers read TABLE_NAME as the app's functions do.
  process.env.TABLE_NAME = TABLE;
  server = createServer('fixtures/websocket/simple-websockets-chat-app__template.yaml', {
    stage: 'Prod', onRequest: (e) => log.push(e),
    lambdas: { OnConnectFunction: `${H}#onConnect`, OnDisconnectFunction: `${H}#onDisconnect`, SendMessageFunction: `${H}#sendMessage` },
  });
  ws = `${(await server.listen(0)).replace('http', 'ws')}/Prod`;
});
afterEach(() => closeAll());
afterAll(async () => {
  await server?.close();
  rmSync(table, { recursive: true, force: true });
  delete process.env.TABLE_NAME;
});

const stored = () => (existsSync(table) ? readdirSync(table).map(decodeURIComponent).sort() : []);

describe('serve: simple-websockets-chat-app end to end', () => {
  it('serves every route of the template', () => {
    expect(server.apiType).toBe('websocket');
    expect(server.notEmulated).toEqual([]);
  });

  it('two clients: a message is broadcast to both, the sender gets nothing else, a closed client is forgotten', async () => {
    const alice = await connect(ws);
    const bob = await connect(ws);
    const ids = await until(() => (stored().length === 2 ? stored() : undefined));

    alice.ws.send(JSON.stringify({ action: 'sendmessage', data: 'hello from alice' }));
    expect(await alice.next()).toBe('hello from alice');
    expect(await bob.next()).toBe('hello from alice');

    bob.ws.send(JSON.stringify({ action: 'sendmessage', data: 'hi alice' }));
    expect(await alice.next()).toBe('hi alice');
    expect(await bob.next()).toBe('hi alice');

    // sendmessage is a one-way route (no route response): its 'Data sent.' is not sent back.
    await until(() => log.filter((e) => e.method === 'MESSAGE' && e.route === 'sendmessage' && e.status === 200).length === 2);
    expect([alice.pending(), bob.pending()]).toEqual([[], []]);
    const posts = log.filter((e) => e.route === '@connections');
    expect(posts.map((e) => [e.method, e.status])).toEqual([['POST', 200], ['POST', 200], ['POST', 200], ['POST', 200]]);
    expect(new Set(posts.map((e) => e.connectionId))).toEqual(new Set(ids));

    await bob.close();
    await until(() => stored().length === 1);
    alice.ws.send(JSON.stringify({ action: 'sendmessage', data: 'anyone?' }));
    expect(await alice.next()).toBe('anyone?');
    await until(() => log.some((e) => e.method === 'DISCONNECT'));
    expect(log.filter((e) => e.method === 'DISCONNECT').map((e) => [e.route, e.integration, e.status])).toEqual([['$disconnect', 'AWS_PROXY', 200]]);
    await alice.close();
    await until(() => stored().length === 0);
  });
});
