import { createServer as createBackend, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, createServer } from '../../src/serve/server.js';
import { send } from './support.js';

// HTTP API CORS: "API Gateway automatically sends a response to preflight OPTIONS requests, even if there isn't an
// OPTIONS route configured for your API. For a CORS request, API Gateway adds the configured CORS headers to the
// response from an integration." and "API Gateway ignores CORS headers returned from your backend integration."
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html).

let backend: Server;
let hits = 0;
const servers: ApiServer[] = [];
let api: ApiServer;
let open: ApiServer;
let fromTemplate: ApiServer;
let rest: ApiServer;

const proxy = { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'ANY', payloadFormatVersion: '1.0', uri: 'https://backend.example.com/items' } };
const httpApi = (cors: Record<string, unknown> | undefined) => ({
  openapi: '3.0.1', info: { title: 'cors', version: '1' }, 'x-amazon-apigateway-importexport-version': '1.0',
  paths: { '/items': { get: proxy }, '/{proxy+}': { 'x-amazon-apigateway-any-method': proxy } },
  ...(cors ? { 'x-amazon-apigateway-cors': cors } : {}),
});
const config = {
  allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type', 'x-trace'],
  exposeHeaders: ['x-up'], maxAge: 300, allowCredentials: true,
};
const template = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Api: {
      Type: 'AWS::ApiGatewayV2::Api',
      Properties: { Body: httpApi(undefined), CorsConfiguration: { AllowOrigins: ['*'], AllowMethods: ['*'], MaxAge: 60 } },
    },
  },
};
const restDefinition = { swagger: '2.0', info: { title: 'rest', version: '1' }, paths: { '/items': { get: { 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://backend.example.com/items' } } } } };

const preflightHeaders = (origin: string, method = 'POST') => ({ origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' });

beforeAll(async () => {
  backend = createBackend((req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*', 'access-control-allow-methods': 'DELETE', 'x-up': 'yes' });
    res.end(`backend ${req.method}`);
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const httpTargets = [{ from: 'https://backend.example.com', to: `http://127.0.0.1:${(backend.address() as { port: number }).port}` }];
  api = createServer({ file: 'cors.json', text: JSON.stringify(httpApi(config)) }, { httpTargets });
  open = createServer({ file: 'cors-open.json', text: JSON.stringify(httpApi({ allowOrigins: ['*'] })) }, { httpTargets });
  fromTemplate = createServer({ file: 'template.json', text: JSON.stringify(template) }, { httpTargets });
  rest = createServer({ file: 'rest.json', text: JSON.stringify(restDefinition) }, { httpTargets });
  servers.push(api, open, fromTemplate, rest);
  for (const s of servers) await s.listen(0);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await new Promise((r) => backend?.close(r));
});

describe('serve: HTTP API CORS (x-amazon-apigateway-cors)', () => {
  it('answers a preflight itself with 204 and the configured headers, without reaching the integration', async () => {
    const before = hits;
    const r = await send(api.url, 'OPTIONS', '/items', { headers: preflightHeaders('https://app.example.com') });
    expect([r.status, r.text]).toEqual([204, '']);
    expect(Object.fromEntries([...r.headers].filter(([k]) => k.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET,POST', 'access-control-allow-headers': 'content-type,x-trace', 'access-control-max-age': '300',
    });
    expect(hits).toBe(before);
  });

  it('answers a preflight for a path that has no route at all', async () => {
    // '/' matches neither /items nor /{proxy+}: without the Access-Control-Request-Method it is a 404.
    const r = await send(api.url, 'OPTIONS', '/', { headers: preflightHeaders('https://app.example.com', 'GET') });
    expect(r.status).toBe(204);
    expect((await send(api.url, 'OPTIONS', '/', { headers: { origin: 'https://app.example.com' } })).status).toBe(404);
  });

  it('sends no CORS headers to a preflight from an origin that is not allowed', async () => {
    const r = await send(api.url, 'OPTIONS', '/items', { headers: preflightHeaders('https://evil.example.com') });
    expect(r.status).toBe(204);
    expect([...r.headers].filter(([k]) => k.startsWith('access-control-'))).toEqual([]);
  });

  // "For the OPTIONS method, your request must include the origin header and the Access-Control-Request-Method header."
  it('routes an OPTIONS request that is not a preflight like any other', async () => {
    const before = hits;
    const r = await send(api.url, 'OPTIONS', '/items', { headers: { origin: 'https://app.example.com' } });
    expect([r.status, r.text, hits]).toEqual([200, 'backend OPTIONS', before + 1]);
  });

  it('replaces the back end CORS headers on an actual request from an allowed origin', async () => {
    const r = await send(api.url, 'GET', '/items', { headers: { origin: 'https://app.example.com' } });
    expect([r.status, r.headers.get('access-control-allow-origin'), r.headers.get('access-control-allow-credentials'), r.headers.get('access-control-expose-headers'), r.headers.get('access-control-allow-methods')])
      .toEqual([200, 'https://app.example.com', 'true', 'x-up', null]);
  });

  it('sends no allow-origin on an actual request from another origin', async () => {
    const r = await send(api.url, 'GET', '/items', { headers: { origin: 'https://evil.example.com' } });
    expect([r.status, r.text, r.headers.get('access-control-allow-origin')]).toEqual([200, 'backend GET', null]);
  });

  it("answers '*' when every origin is allowed", async () => {
    const r = await send(open.url, 'OPTIONS', '/items', { headers: preflightHeaders('https://any.example.com') });
    expect([r.status, r.headers.get('access-control-allow-origin')]).toEqual([204, '*']);
  });

  // CloudFormation's AWS::ApiGatewayV2::Api CorsConfiguration is the same configuration
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-api-cors.html).
  it('reads CorsConfiguration of a CloudFormation HTTP API', async () => {
    const r = await send(fromTemplate.url, 'OPTIONS', '/items', { headers: preflightHeaders('https://any.example.com') });
    expect([r.status, r.headers.get('access-control-allow-origin'), r.headers.get('access-control-allow-methods'), r.headers.get('access-control-max-age')]).toEqual([204, '*', '*', '60']);
  });

  // REST APIs have no automatic preflight: without an OPTIONS method the request is routed and finds none
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html: a REST API needs an OPTIONS method).
  it('leaves a REST API preflight to its routes', async () => {
    const r = await send(rest.url, 'OPTIONS', '/items', { headers: preflightHeaders('https://app.example.com') });
    expect([r.status, r.text]).toEqual([403, '{"message":"Missing Authentication Token"}']);
  });
});
