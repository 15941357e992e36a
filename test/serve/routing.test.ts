import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const rest = startServer('fixtures/serve/rest-mock.yaml', { stageVariables: { env: 'dev' } });
const http = startServer('fixtures/serve/http-api.yaml', { lambdas: { echo: 'fixtures/serve/handlers.mjs#echo' } });

describe('serve: REST API routing', () => {
  // Explicit resources win over a greedy sibling; an unmatched child falls to the greedy resource:
  // LocalStack test_apigateway_common.py::test_routing_with_hardcoded_resource_sibling_order (markers.aws.validated).
  // On one resource an explicit GET answers GET and ANY the other methods: AWS docs "Set up a method".
  it.each([
    { method: 'GET', path: '/pets/mine', route: 'GET /pets/mine', body: { route: 'mine' } },
    { method: 'GET', path: '/pets/42', route: 'GET /pets/{id}' },
    { method: 'GET', path: '/toys/special', route: 'GET /toys/special', body: { route: 'special' } },
    { method: 'DELETE', path: '/toys/special', route: 'ANY /toys/{proxy+}', body: { route: 'greedy', proxy: 'special', method: 'DELETE' } },
    { method: 'GET', path: '/toys/a/b%20c', route: 'ANY /toys/{proxy+}', body: { route: 'greedy', proxy: 'a/b c', method: 'GET' } },
    { method: 'GET', path: '/items', route: 'GET /items', body: { route: 'GET /items' } },
    { method: 'PUT', path: '/items', route: 'ANY /items', body: { route: 'ANY /items' } },
  ])('$method $path goes to $route', async ({ method, path, route, body }) => {
    const r = await send(rest.url, method, path);
    expect(r.status).toBe(200);
    if (body) expect(r.json()).toEqual(body);
    expect(rest.log.at(-1)).toMatchObject({ method, path, route, integration: 'MOCK', status: 200 });
  });

  // Unknown path and known path with an undefined method: 403 Missing Authentication Token,
  // AWS-recorded in LocalStack test_apigateway_common.py::TestApigatewayRouting::test_routing_not_found.
  it.each([
    { method: 'GET', path: '/nowhere' },
    { method: 'GET', path: '/' },
    { method: 'POST', path: '/strict/more' },
    { method: 'DELETE', path: '/pets/42' },
    { method: 'GET', path: '/toys' },
    { method: 'GET', path: '/strict' },
  ])('$method $path answers 403 Missing Authentication Token', async ({ method, path }) => {
    const r = await send(rest.url, method, path);
    expect(r.status).toBe(403);
    expect(r.text).toBe('{"message":"Missing Authentication Token"}');
    expect(r.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(rest.log.at(-1)).toMatchObject({ method, path, route: null, integration: null, status: 403 });
  });
});

describe('serve: HTTP API routing', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html:
  // the most specific route wins, {proxy+} catches child paths, $default catches what no route matches.
  it.each([
    { method: 'GET', path: '/items/7', routeKey: 'GET /items/{id}' },
    { method: 'PATCH', path: '/files/a/b.txt', routeKey: 'ANY /files/{proxy+}' },
    { method: 'GET', path: '/anything/else', routeKey: '$default' },
    { method: 'POST', path: '/items/7', routeKey: '$default' },
  ])('$method $path has routeKey $routeKey', async ({ method, path, routeKey }) => {
    const r = await send(http.url, method, path);
    expect(r.status).toBe(200);
    expect((r.json() as { routeKey: string }).routeKey).toBe(routeKey);
  });
});

const httpNoDefault = startServer({ file: 'no-default.yaml', text: JSON.stringify({
  openapi: '3.0.1', info: { title: 't', version: '1' }, 'x-amazon-apigateway-importexport-version': '1.0',
  paths: { '/items': { get: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', payloadFormatVersion: '2.0', uri: 'arn:aws:lambda:us-east-1:123456789012:function:echo' } } } },
}) }, { lambdas: { echo: 'fixtures/serve/handlers.mjs#echo' } });

describe('serve: HTTP API without a matching route', () => {
  // HTTP APIs answer an unmatched route with 404 {"message":"Not Found"} (repost.aws knowledge-center api-gateway-http-api-404).
  it.each([{ method: 'GET', path: '/nope' }, { method: 'DELETE', path: '/items' }])('$method $path answers 404 Not Found', async ({ method, path }) => {
    const r = await send(httpNoDefault.url, method, path);
    expect(r.status).toBe(404);
    expect(r.text).toBe('{"message":"Not Found"}');
    expect(r.headers.get('x-amzn-errortype')).toBeNull();
  });
});
