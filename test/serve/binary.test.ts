import { createServer as createBackend, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, createServer } from '../../src/serve/server.js';

// The conversions follow the request and response tables of
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
// and https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html.

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0x01]);
const H = 'fixtures/serve/handlers.mjs';
const lambdaUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:echo/invocations';

let backend: Server;
let rest: ApiServer;
let httpApi: ApiServer;
const received: Buffer[] = [];

const http = (uri: string, extra: Record<string, unknown> = {}, response: Record<string, unknown> = {}) => ({
  'x-amazon-apigateway-integration': {
    type: 'http', httpMethod: 'ANY', uri: `https://backend.example.com${uri}`, ...extra,
    responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.Content-Type': 'integration.response.header.Content-Type' }, ...response } },
  },
});
const restDefinition = {
  swagger: '2.0', info: { title: 'binary', version: '1' },
  'x-amazon-apigateway-binary-media-types': ['application/octet-stream', 'image/*'],
  paths: {
    '/proxy': { post: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri } } },
    '/img': { get: http('/png') },
    '/img-text': { get: http('/png', {}, { contentHandling: 'CONVERT_TO_TEXT' }) },
    '/b64': { get: http('/b64', {}, { contentHandling: 'CONVERT_TO_BINARY' }) },
    '/b64-plain': { get: http('/b64') },
    '/upload': { post: http('/record') },
    '/upload-text': { post: http('/record', { contentHandling: 'CONVERT_TO_TEXT' }) },
    '/upload-binary': { post: http('/record', { contentHandling: 'CONVERT_TO_BINARY' }) },
  },
};
const httpDefinition = {
  openapi: '3.0.1', info: { title: 'binary-http', version: '1' }, 'x-amazon-apigateway-importexport-version': '1.0',
  paths: {
    '/v2': { post: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', payloadFormatVersion: '2.0', uri: lambdaUri } } },
    '/v1': { post: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', payloadFormatVersion: '1.0', uri: lambdaUri } } },
    '/v1-respond': { post: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', payloadFormatVersion: '1.0', uri: lambdaUri.replace(':echo/', ':respond/') } } },
  },
};

async function call(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const r = await fetch(base + path, { method, headers, body: body === undefined ? undefined : new Uint8Array(body) });
  return { status: r.status, bytes: Buffer.from(await r.arrayBuffer()), type: r.headers.get('content-type') };
}

beforeAll(async () => {
  backend = createBackend((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(PNG);
      } else if (req.url === '/b64') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(PNG.toString('base64'));
      } else {
        received.push(Buffer.concat(chunks));
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      }
    });
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const httpTargets = [{ from: 'https://backend.example.com', to: `http://127.0.0.1:${(backend.address() as { port: number }).port}` }];
  rest = createServer({ file: 'binary.json', text: JSON.stringify(restDefinition) }, { httpTargets, lambdas: { echo: `${H}#echo` } });
  httpApi = createServer({ file: 'binary-http.json', text: JSON.stringify(httpDefinition) }, { lambdas: { echo: `${H}#echo`, respond: `${H}#respond` } });
  await rest.listen(0);
  await httpApi.listen(0);
});

afterAll(async () => {
  await rest?.close();
  await httpApi?.close();
  await new Promise((r) => backend?.close(r));
});

describe('serve: binary payloads of non-proxy integrations (REST)', () => {
  it.each([
    // Binary data, Accept a binary type, contentHandling undefined: binary data.
    { name: 'binary response, binary Accept', path: '/img', accept: 'image/png', bytes: PNG },
    // Binary data, Accept a text type, undefined: base64-encoded string.
    { name: 'binary response, text Accept', path: '/img', accept: 'application/json', bytes: Buffer.from(PNG.toString('base64')) },
    // Only the first Accept media type counts ("API Gateway honors only the first Accept media type").
    { name: 'binary response, binary type second in Accept', path: '/img', accept: 'application/json, image/png', bytes: Buffer.from(PNG.toString('base64')) },
    // Binary data, any Accept, CONVERT_TO_TEXT: base64-encoded string.
    { name: 'CONVERT_TO_TEXT', path: '/img-text', accept: 'image/png', bytes: Buffer.from(PNG.toString('base64')) },
    // Text data, any Accept, CONVERT_TO_BINARY: base64-decoded blob.
    { name: 'CONVERT_TO_BINARY', path: '/b64', accept: 'application/json', bytes: PNG },
    // Text data, Accept a binary type, undefined: base64-decoded blob; Accept a text type: text data.
    { name: 'text response, binary Accept (image/* binary type)', path: '/b64-plain', accept: 'image/jpeg', bytes: PNG },
    { name: 'text response, text Accept', path: '/b64-plain', accept: 'text/plain', bytes: Buffer.from(PNG.toString('base64')) },
  ])('$name', async ({ path, accept, bytes }) => {
    const r = await call(rest.url, 'GET', path, { accept });
    expect([r.status, r.bytes.toString('hex')]).toEqual([200, bytes.toString('hex')]);
  });

  it.each([
    // Binary data with a binary Content-Type: passthrough, CONVERT_TO_TEXT base64-encodes it.
    { path: '/upload', type: 'application/octet-stream', body: PNG, got: PNG },
    { path: '/upload-text', type: 'application/octet-stream', body: PNG, got: Buffer.from(PNG.toString('base64')) },
    // Text data with CONVERT_TO_BINARY: base64-decoded binary blob.
    { path: '/upload-binary', type: 'text/plain', body: Buffer.from(PNG.toString('base64')), got: PNG },
  ])('integration request $path with $type', async ({ path, type, body, got }) => {
    await call(rest.url, 'POST', path, { 'content-type': type }, body);
    expect(received.at(-1)!.toString('hex')).toBe(got.toString('hex'));
  });
});

describe('serve: binary bodies of Lambda proxy events', () => {
  // REST: a body whose Content-Type is a binary media type reaches the function base64-encoded with
  // isBase64Encoded true; other bodies are text (api-gateway-payload-encodings.html; checked against AWS in
  // github.com/ministackorg/ministack/pull/767).
  it.each([
    { type: 'application/octet-stream', body: PNG.toString('base64'), isBase64Encoded: true },
    { type: 'image/jpeg', body: PNG.toString('base64'), isBase64Encoded: true },
    { type: 'application/json', body: '{"a":1}', isBase64Encoded: false },
  ])('REST payload 1.0 with $type', async ({ type, body, isBase64Encoded }) => {
    const sent = type === 'application/json' ? Buffer.from(body) : PNG;
    const r = await call(rest.url, 'POST', '/proxy', { 'content-type': type }, sent);
    expect(JSON.parse(r.bytes.toString())).toMatchObject({ body, isBase64Encoded });
  });

  // HTTP APIs have no binary media types: text/*, application/json, application/xml and application/javascript
  // bodies are text, any other Content-Type is base64-encoded
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html; the split
  // checked against AWS in github.com/ministackorg/ministack/pull/766).
  it.each([
    { path: '/v2', type: 'application/octet-stream', isBase64Encoded: true },
    { path: '/v2', type: 'application/x-www-form-urlencoded', isBase64Encoded: true },
    { path: '/v2', type: 'text/plain; charset=utf-8', isBase64Encoded: false },
    { path: '/v1', type: 'application/octet-stream', isBase64Encoded: true },
    { path: '/v1', type: 'application/json', isBase64Encoded: false },
  ])('HTTP API $path with $type', async ({ path, type, isBase64Encoded }) => {
    const r = await call(httpApi.url, 'POST', path, { 'content-type': type }, Buffer.from('a=1'));
    expect(JSON.parse(r.bytes.toString())).toMatchObject({ body: isBase64Encoded ? Buffer.from('a=1').toString('base64') : 'a=1', isBase64Encoded });
  });

  // An HTTP API has no binary media types to negotiate: an isBase64Encoded body is always decoded, for payload 1.0
  // as for 2.0 (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html).
  it('decodes an isBase64Encoded payload 1.0 response of an HTTP API whatever the Accept', async () => {
    const result = { statusCode: 200, headers: { 'content-type': 'image/png' }, body: PNG.toString('base64'), isBase64Encoded: true };
    const r = await call(httpApi.url, 'POST', '/v1-respond', { 'content-type': 'application/json', accept: 'text/html' }, Buffer.from(JSON.stringify(result)));
    expect([r.status, r.type, r.bytes.toString('hex')]).toEqual([200, 'image/png', PNG.toString('hex')]);
  });
});
