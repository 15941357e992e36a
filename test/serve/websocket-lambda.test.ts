import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, type ApiServer, createServer } from '../../src/serve/server.js';
import { closeAll, connect, handlerRecord as record, refusal, until } from './websocket-support.js';

const H = './fixtures/serve/websocket/handlers.mjs';
const log: AccessLogEntry[] = [];
let server: ApiServer;
let ws: string;
let host: string;
let backend: Server;
const received: string[] = [];
// The handlers write what they were given here (worker threads copy process.env when they start).
const records = mkdtempSync(join(tmpdir(), 'apigw-ws-records-'));
const handlerRecord = (name: string) => record(name, records);

beforeAll(async () => {
  process.env.APIGW_WS_RECORDS = records;
  backend = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push(`${req.method} ${req.url} ${body}`);
      res.writeHead(body.includes('"lost"') ? 404 : 200, { 'Content-Type': 'application/json' }).end('{"from":"backend"}');
    });
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const port = (backend.address() as AddressInfo).port;
  server = createServer('fixtures/serve/websocket/lambda.yaml', {
    stage: 'prod', onRequest: (e) => log.push(e),
    httpTargets: [{ from: 'https://backend.example.com', to: `http://127.0.0.1:${port}` }],
    lambdas: {
      AuthorizeFunction: `${H}#authorize`, ConnectFunction: `${H}#connect`, DisconnectFunction: `${H}#disconnect`,
      EchoFunction: `${H}#echo`, FailFunction: `${H}#fail`, CustomFunction: `${H}#custom`,
    },
  });
  const url = await server.listen(0);
  host = new URL(url).host;
  ws = `${url.replace('http', 'ws')}/prod`;
});
afterEach(() => closeAll());
afterAll(async () => {
  await server?.close();
  await new Promise((r) => backend?.close(r));
  delete process.env.APIGW_WS_RECORDS;
  rmSync(records, { recursive: true, force: true });
});

const ID = /^[A-Za-z0-9_-]{15}=$/;

describe('serve: a WebSocket $connect REQUEST authorizer', () => {
  // WebSocket Lambda authorizers behave as REST ones (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html):
  // a missing identity source is 401 without a call (https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer),
  // "Unauthorized" raised is 401, an explicit Deny 403, another error 500 (https://loige.co/debugging-custom-apigateway-authorizers/).
  it.each([
    { query: '', status: 401, body: '{"message":"Unauthorized"}', note: /no value for identity source route.request.querystring.token/ },
    { query: '?token=nobody', status: 401, body: '{"message":"Unauthorized"}', note: /raised Unauthorized/ },
    { query: '?token=deny', status: 403, body: '{"Message":"User is not authorized to access this resource with an explicit deny"}', note: /the policy denies arn:aws:execute-api:us-east-1:123456789012:LambdaApi\/prod\/\$connect/ },
    { query: '?token=boom', status: 500, body: '{"message":null}', note: /failed: Error: authorizer broke/ },
  ])('$query refuses the handshake with $status', async ({ query, status, body, note }) => {
    expect(await refusal(ws + query)).toEqual({ status, body });
    expect(log.filter((e) => e.method === 'CONNECT').at(-1)?.note).toMatch(note);
  });

  it('an Allow lets the connection in; the authorizer gets the documented REQUEST input', async () => {
    const c = await connect(`${ws}?token=allow`);
    const connectEvent = await handlerRecord(`apigw-ws-connect-${await idOf(c)}.json`);
    const input = await handlerRecord(`apigw-ws-authorizer-${connectEvent.requestContext.connectionId}.json`);
    expect(input).toMatchObject({
      type: 'REQUEST', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:LambdaApi/prod/$connect',
      queryStringParameters: { token: 'allow' }, multiValueQueryStringParameters: { token: ['allow'] }, stageVariables: {},
      requestContext: { routeKey: '$connect', eventType: 'CONNECT', stage: 'prod', connectionId: connectEvent.requestContext.connectionId, domainName: host },
    });
    expect(input.headers.Host).toBe(host);
    await c.close();
  });
});

/** The connection id, from what the echo route sends back. */
async function idOf(c: Awaited<ReturnType<typeof connect>>): Promise<string> {
  c.ws.send('{"action":"echo"}');
  return JSON.parse(await c.next()).requestContext.connectionId;
}

describe('serve: WebSocket Lambda proxy integrations', () => {
  // The $connect integration's status decides: 2xx connects, another status is the handshake's answer, a function that raises
  // gives 502 (recorded with wscat against a deployed API: "Unexpected server response: 401", "... 502" for an exception;
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html for 400).
  it.each([
    { query: '&status=400', status: 400, body: 'not welcome' },
    { query: '&status=301', status: 301, body: 'not welcome' },
    { query: '&throw=1', status: 502, body: '{"message":"Internal server error"}' },
  ])('$connect answering $status refuses the handshake', async ({ query, status, body }) => {
    expect(await refusal(`${ws}?token=allow${query}`)).toEqual({ status, body });
  });

  // The $connect event of a deployed API: headers and multiValueHeaders of the upgrade request, the query string, and a
  // requestContext with messageId, disconnectStatusCode and disconnectReason null (https://gist.github.com/noid11/4aa8933d0b5cdbcc09d377c5d65d28c1).
  it('the $connect event', async () => {
    const c = await connect(`${ws}?token=allow&room=a&room=b`, { headers: { 'X-Custom': 'yes' } });
    const id = await idOf(c);
    const event = await handlerRecord(`apigw-ws-connect-${id}.json`);
    expect(event).toMatchObject({
      headers: { Host: host, 'X-Custom': 'yes', 'Sec-WebSocket-Version': '13' }, multiValueHeaders: { Host: [host], 'X-Custom': ['yes'] },
      queryStringParameters: { token: 'allow', room: 'b' }, multiValueQueryStringParameters: { room: ['a', 'b'] }, isBase64Encoded: false,
      requestContext: {
        routeKey: '$connect', eventType: 'CONNECT', messageId: null, disconnectStatusCode: null, disconnectReason: null, messageDirection: 'IN',
        stage: 'prod', apiId: 'LambdaApi', domainName: host, connectionId: id, identity: { sourceIp: '127.0.0.1' },
        authorizer: { user: 'ada', level: '3', principalId: 'user-1' },
      },
    });
    expect(event.requestContext.requestId).toMatch(ID);
    expect(event).not.toHaveProperty('body');
    await c.close();
  });

  // The connection exists once $connect has answered: posting to it from the $connect function is 410 GoneException
  // ("A message was posted to the WebSocket API before the connection was established",
  // https://repost.aws/knowledge-center/410-gone-api-gateway).
  it('@connections from the $connect function is 410: the connection is not established yet', async () => {
    const c = await connect(`${ws}?token=allow&selfpost=1`);
    const id = await idOf(c);
    expect((await handlerRecord(`apigw-ws-connect-${id}.json`)).selfPost).toBe(410);
    expect(c.pending()).toEqual([]);
    await c.close();
  });

  // A message event: requestContext (routeKey, messageId, eventType MESSAGE, ...), the body as sent, isBase64Encoded false; the
  // authorizer's context reaches every event of the connection (apigateway-websocket-api-lambda-auth.html;
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html).
  it('a message event, sent back by a two-way route', async () => {
    const c = await connect(`${ws}?token=allow`);
    c.ws.send('{"action":"echo","n":1}');
    const event = JSON.parse(await c.next());
    expect(Object.keys(event).sort()).toEqual(['body', 'isBase64Encoded', 'requestContext']);
    expect(event.body).toBe('{"action":"echo","n":1}');
    expect(event.isBase64Encoded).toBe(false);
    const rc = event.requestContext;
    expect(rc).toMatchObject({
      routeKey: 'echo', eventType: 'MESSAGE', messageDirection: 'IN', stage: 'prod', apiId: 'LambdaApi', domainName: host,
      identity: { sourceIp: '127.0.0.1' }, authorizer: { user: 'ada', level: '3', principalId: 'user-1' },
    });
    for (const k of ['messageId', 'connectionId', 'requestId', 'extendedRequestId']) expect(rc[k]).toMatch(ID);
    expect(rc.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(rc.connectedAt).toBeLessThanOrEqual(rc.requestTimeEpoch);
    expect(rc).not.toHaveProperty('disconnectStatusCode');
    await c.close();
  });

  // Unmatched route keys and non-JSON messages go to $default (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html).
  it.each([['{"action":"unknown"}'], ['plain text'], ['{"action":{"nested":true}}']])('%s goes to $default', async (message) => {
    const c = await connect(`${ws}?token=allow`);
    c.ws.send(message);
    const event = JSON.parse(await c.next());
    expect([event.requestContext.routeKey, event.body]).toEqual(['$default', message]);
    await c.close();
  });

  it('a one-way route sends nothing back; a function that raises sends the Internal server error frame', async () => {
    const c = await connect(`${ws}?token=allow`);
    const id = await idOf(c);
    c.ws.send('{"action":"quiet"}');
    c.ws.send('{"action":"fail"}');
    // Recorded against a deployed API: {"message": "Internal server error", "connectionId":"…", "requestId":"…"}; the connection stays open.
    expect(await c.next()).toMatch(new RegExp(`^\\{"message": "Internal server error", "connectionId":"${id}", "requestId":"[A-Za-z0-9_-]{15}="\\}$`));
    expect(c.pending()).toEqual([]);
    await until(() => log.some((e) => e.route === 'quiet' && e.status === 200));
    await c.close();
  });

  // $disconnect runs when the client closes, best effort; its event carries the close code and reason.
  it('$disconnect: the event after the client closes', async () => {
    const c = await connect(`${ws}?token=allow`);
    const id = await idOf(c);
    c.ws.close(1000);
    const event = await handlerRecord(`apigw-ws-disconnect-${id}.json`);
    expect(event).toMatchObject({
      headers: { Host: host, 'x-api-key': '', 'x-restapi': '' }, isBase64Encoded: false,
      // 1000 is logged by API Gateway as "Connection Closed Normally" (https://github.com/aws/chalice/issues/2060).
      requestContext: { routeKey: '$disconnect', eventType: 'DISCONNECT', connectionId: id, disconnectStatusCode: 1000, disconnectReason: 'Connection Closed Normally', authorizer: { user: 'ada' } },
    });
    await until(() => log.some((e) => e.method === 'DISCONNECT' && e.connectionId === id && e.status === 200));
  });
});

describe('serve: WebSocket custom and HTTP integrations', () => {
  // An AWS (non-proxy) Lambda integration: the request template's JSON is the event; the result goes through the $default
  // integration response, a function error whose errorMessage matches /regex/ through that one
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html).
  it.each([
    { message: '{"action":"custom","name":"Lin"}', reply: '{"greeting": "hello Lin from ada"}' },
    { message: '{"action":"custom"}', reply: '{"error": "nameless message"}' },
  ])('custom Lambda: $message', async ({ message, reply }) => {
    const c = await connect(`${ws}?token=allow`);
    c.ws.send(message);
    expect(await c.next()).toBe(reply);
    await c.close();
  });

  it('HTTP_PROXY: the message is POSTed to the integration URI (--http-target), the back end answer sent back', async () => {
    const c = await connect(`${ws}?token=allow`);
    c.ws.send('{"action":"proxy","x":1}');
    expect(await c.next()).toBe('{"from":"backend"}');
    expect(received).toContain('POST /messages {"action":"proxy","x":1}');
    await c.close();
  });

  // An HTTP (non-proxy) integration: the request template's output is POSTed; the back end's status selects the integration
  // response ($default, or /4\d\d/ for a 404), whose template reads the back end's body (apigateway-websocket-api-integration-responses.html).
  it.each([
    { text: 'hi', reply: '{"relayed": "backend"}', sent: 'POST /relay {"text": "hi", "route": "relay"}' },
    { text: 'lost', reply: '{"lost": true}', sent: 'POST /relay {"text": "lost", "route": "relay"}' },
  ])('HTTP: $text', async ({ text, reply, sent }) => {
    const c = await connect(`${ws}?token=allow`);
    c.ws.send(JSON.stringify({ action: 'relay', text }));
    expect(await c.next()).toBe(reply);
    expect(received).toContain(sent);
    await c.close();
  });

  it('an AWS service integration is not emulated: listed at start, Internal server error frame', async () => {
    expect(server.notEmulated).toContainEqual({ route: 'queue', reason: 'AWS service integrations (sqs) are not emulated', effect: 'answers {"message": "Internal server error", ...}' });
    const c = await connect(`${ws}?token=allow`);
    c.ws.send('{"action":"queue"}');
    expect(JSON.parse(await c.next()).message).toBe('Internal server error');
    expect(log.filter((e) => e.route === 'queue').at(-1)).toMatchObject({ integration: 'AWS', status: 500, note: 'not emulated: AWS service integrations (sqs) are not emulated' });
    await c.close();
  });

  // A subprotocol is agreed only when the $connect integration answers Sec-WebSocket-Protocol
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-connect-route-subprotocol.html).
  it('the subprotocol the $connect integration answers', async () => {
    const c = await connect(`${ws}?token=allow`, { protocols: ['chat'] });
    expect(c.ws.protocol).toBe('chat');
    await c.close();
  });
});
