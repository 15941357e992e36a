import { createServer as createBackend, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, createServer } from '../../src/serve/server.js';
import { send } from './support.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const seen: Seen[] = [];
let backend: Server;
let api: ApiServer;
let http: ApiServer;

const integration = (extra: Record<string, unknown>) => ({ 'x-amazon-apigateway-integration': { type: 'http_proxy', ...extra } });
const restDefinition = {
  swagger: '2.0', info: { title: 'proxy', version: '1' },
  paths: {
    '/{proxy+}': { 'x-amazon-apigateway-any-method': integration({ httpMethod: 'ANY', uri: 'https://backend.example.com/${stageVariables.version}/{proxy}', requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' } }) },
    '/down': { get: integration({ httpMethod: 'GET', uri: 'http://127.0.0.1:1/nothing' }) },
    '/mapped': {
      get: integration({
        httpMethod: 'GET', uri: 'https://backend.example.com/mapped',
        requestParameters: { 'integration.request.header.x-client': "'replaced'", 'integration.request.querystring.added': 'method.request.header.x-from', 'integration.request.header.x-stage': 'stageVariables.version' },
      }),
    },
  },
};
const httpDefinition = {
  openapi: '3.0.1', info: { title: 'proxy', version: '1' }, 'x-amazon-apigateway-importexport-version': '1.0',
  paths: {
    '/pets/{id}': { get: integration({ httpMethod: 'GET', payloadFormatVersion: '1.0', uri: 'https://backend.example.com/animals/{id}' }) },
    '/mapped/{id}': {
      get: integration({
        httpMethod: 'GET', payloadFormatVersion: '1.0', uri: 'https://backend.example.com/animals/{id}',
        requestParameters: {
          'append:header.x-added': '$request.querystring.q', 'overwrite:header.x-client': 'static', 'remove:header.x-gone': "''",
          'append:header.x-stage': '$context.stage', 'overwrite:querystring.q': 'id-${request.path.id}', 'overwrite:path': '/other/${request.path.id}',
        },
        responseParameters: { 201: { 'overwrite:statuscode': '200', 'append:header.x-copied': '$response.header.x-upstream', 'remove:header.x-upstream': "''" } },
      }),
    },
  },
};

beforeAll(async () => {
  backend = createBackend((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(req.url!.includes('missing') ? 404 : 201, { 'x-upstream': 'yes', 'content-type': 'text/plain' });
      res.end(`upstream saw ${req.method} ${req.url}`);
    });
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const to = `http://127.0.0.1:${(backend.address() as { port: number }).port}`;
  const httpTargets = [{ from: 'https://backend.example.com', to }];
  api = createServer({ file: 'proxy.json', text: JSON.stringify(restDefinition) }, { stageVariables: { version: 'v2' }, httpTargets, timeoutMs: 2000 });
  http = createServer({ file: 'http-proxy.json', text: JSON.stringify(httpDefinition) }, { httpTargets });
  await api.listen(0);
  await http.listen(0);
});

afterAll(async () => {
  await api?.close();
  await http?.close();
  await new Promise((r) => backend?.close(r));
});

describe('serve: HTTP_PROXY', () => {
  // The greedy path (integration.request.path.proxy = method.request.path.proxy), query string, method, headers and
  // body are forwarded; the upstream status, headers and body come back unchanged
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html);
  // ${stageVariables.version} in the URI is the stage variable
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
  it('forwards the request and returns the upstream response', async () => {
    const r = await send(api.url, 'PUT', '/a/b?x=1&y=2', { headers: { 'x-client': 'c', 'content-type': 'application/json' }, body: '{"n":1}' });
    expect([r.status, r.text, r.headers.get('x-upstream'), r.headers.get('content-type')]).toEqual([201, 'upstream saw PUT /v2/a/b?x=1&y=2', 'yes', 'text/plain']);
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', url: '/v2/a/b?x=1&y=2', body: '{"n":1}', headers: { 'x-client': 'c', 'content-type': 'application/json' } });
  });

  it('returns an upstream 404 as it is', async () => {
    const r = await send(api.url, 'GET', '/missing');
    expect([r.status, r.text]).toEqual([404, 'upstream saw GET /v2/missing']);
  });

  it('answers 500 when the back end cannot be reached', async () => {
    const r = await send(api.url, 'GET', '/down');
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
  });

  // requestParameters of a REST HTTP_PROXY integration: a mapped header replaces the client's, a mapped query parameter
  // is added to the client's (LocalStack's integration request handler, validated against AWS; sources from
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html).
  it('applies requestParameters on top of the forwarded request', async () => {
    await send(api.url, 'GET', '/mapped?keep=1', { headers: { 'x-client': 'c', 'x-from': 'f' } });
    expect(seen.at(-1)).toMatchObject({ url: '/mapped?keep=1&added=f', headers: { 'x-client': 'replaced', 'x-from': 'f', 'x-stage': 'v2' } });
  });

  // HTTP API HTTP_PROXY (payload 1.0) forwards method, path variable and query string, and returns the upstream
  // status and body (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-http.html).
  it('forwards for an HTTP API', async () => {
    const r = await send(http.url, 'GET', '/pets/7?full=1');
    expect([r.status, r.text]).toEqual([201, 'upstream saw GET /animals/7?full=1']);
  });

  // HTTP API parameter mapping: append/overwrite/remove of headers and query string parameters and overwrite:path on
  // the request, with $request.querystring.X, ${request.path.X} inside text, $context.X and static values; per status
  // code overwrite:statuscode and header operations with $response.header.X on the response
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html).
  it('applies an HTTP API integration\'s request and response parameter mapping', async () => {
    const r = await send(http.url, 'GET', '/mapped/7?q=a&keep=1', { headers: { 'x-client': 'c', 'x-gone': 'g' } });
    const s = seen.at(-1)!;
    expect(s.url).toBe('/other/7?keep=1&q=id-7');
    expect(s.headers).toMatchObject({ 'x-added': 'a', 'x-client': 'static', 'x-stage': 'local' });
    expect(s.headers['x-gone']).toBeUndefined();
    expect([r.status, r.headers.get('x-copied'), r.headers.get('x-upstream')]).toEqual([200, 'yes', null]);
  });
});
