import { createServer as createBackend, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLogEntry, type ApiServer, createServer } from '../../src/serve/server.js';
import { send } from './support.js';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const seen: Seen[] = [];
const log: AccessLogEntry[] = [];
let backend: Server;
let api: ApiServer;

const http = (extra: Record<string, unknown>) => ({ 'x-amazon-apigateway-integration': { type: 'http', ...extra } });
const definition = {
  swagger: '2.0', info: { title: 'http-custom', version: '1' },
  paths: {
    '/pets/{id}': {
      get: http({
        httpMethod: 'GET', uri: 'https://backend.example.com/${stageVariables.version}/animals/{petId}',
        requestParameters: {
          'integration.request.path.petId': 'method.request.path.id',
          'integration.request.header.xcolor': 'method.request.querystring.color',
          'integration.request.querystring.shade': "'dark'",
          'integration.request.querystring.stage': 'stageVariables.version',
          'integration.request.header.x-stage': 'context.stage',
        },
        responses: {
          '4\\d{2}': { statusCode: '400' },
          default: {
            statusCode: '200',
            responseParameters: {
              'method.response.header.X-Up': 'integration.response.header.x-upstream',
              'method.response.header.X-Static': "'static'",
              'method.response.header.X-Name': 'integration.response.body.name',
            },
            responseTemplates: { 'application/json': '{"name": "$input.path(\'$.name\')", "from": "$input.params(\'id\')"}' },
          },
        },
      }),
    },
    '/orders': {
      post: http({
        httpMethod: 'PUT', uri: 'https://backend.example.com/orders',
        requestTemplates: { 'application/json': '{"item": $input.json(\'$.name\'), "by": "$input.params(\'user\')"}' },
        passthroughBehavior: 'never',
        responses: { default: { statusCode: '200' } },
      }),
    },
    '/plain': { 'x-amazon-apigateway-any-method': http({ httpMethod: 'ANY', uri: 'https://backend.example.com/plain', responses: { default: { statusCode: '200' } } }) },
    '/down': { get: http({ httpMethod: 'GET', uri: 'http://127.0.0.1:1/nothing', responses: { default: { statusCode: '200' } } }) },
    '/slow': { get: http({ httpMethod: 'GET', uri: 'https://backend.example.com/slow', responses: { default: { statusCode: '200' } } }) },
  },
};

beforeAll(async () => {
  backend = createBackend((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === '/slow') return;
      if (req.url!.includes('/animals/404')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"message": "no such pet"}');
        return;
      }
      res.writeHead(req.url!.includes('/animals/') ? 201 : 202, { 'x-upstream': 'yes', 'content-type': 'text/plain' });
      res.end(req.url!.includes('/animals/') ? '{"name": "Rex"}' : `plain ${req.method} ${body}`);
    });
  });
  await new Promise<void>((r) => backend.listen(0, '127.0.0.1', () => r()));
  const to = `http://127.0.0.1:${(backend.address() as { port: number }).port}`;
  api = createServer({ file: 'http-custom.json', text: JSON.stringify(definition) }, {
    stageVariables: { version: 'v2' }, httpTargets: [{ from: 'https://backend.example.com', to }], timeoutMs: 2000, onRequest: (e) => log.push(e),
  });
  await api.listen(0);
});

afterAll(async () => {
  await api?.close();
  backend?.closeAllConnections();
  await new Promise((r) => backend?.close(r));
});

describe('serve: HTTP custom integration (type HTTP)', () => {
  // requestParameters map method.request.querystring.color to a header and a static 'dark' to the query string;
  // unmapped query parameters and client headers are not forwarded; stageVariables.X and context.X are sources
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html); path
  // variables of the URI come from integration.request.path mappings, ${stageVariables.version} from the stage
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
  it('forwards only what requestParameters map', async () => {
    await send(api.url, 'GET', '/pets/7?color=red&other=x', { headers: { 'x-client': 'c' } });
    const s = seen.at(-1)!;
    expect([s.method, s.url]).toEqual(['GET', '/v2/animals/7?shade=dark&stage=v2']);
    expect(s.headers).toMatchObject({ xcolor: 'red', 'x-stage': 'local', accept: 'application/json', 'user-agent': 'AmazonAPIGateway_local' });
    expect(s.headers['x-client']).toBeUndefined();
  });

  // Integration response: integration.response.header.x-upstream, a static value and a body field become method
  // response headers; the response template reshapes the back end's JSON (request-response-data-mappings.html);
  // Content-Type is the template's (LocalStack test_aws_proxy_response_payload_format_validation, AWS-recorded).
  it('maps the back end response through the default integration response', async () => {
    const r = await send(api.url, 'GET', '/pets/7');
    expect([r.status, r.json(), r.headers.get('content-type')]).toEqual([200, { name: 'Rex', from: '7' }, 'application/json']);
    expect([r.headers.get('x-up'), r.headers.get('x-static'), r.headers.get('x-name')]).toEqual(['yes', 'static', 'Rex']);
    expect(r.headers.get('x-upstream')).toBeNull();
  });

  // The back end's status is matched against the selection patterns: 404 by 4\d{2} -> 400, 201 unmatched -> the
  // default 200 (LocalStack test_apigateway_integrations.py::test_http_integration_status_code_selection, AWS-validated).
  it('selects the integration response by the back end status', async () => {
    const r = await send(api.url, 'GET', '/pets/404');
    expect([r.status, r.text]).toEqual([400, '{"message": "no such pet"}']);
  });

  // The request template's output is the body sent with the integration's method (PUT), with the client's
  // Content-Type; NEVER refuses a Content-Type without a template with 415
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html).
  it('sends the request template output as the body', async () => {
    const r = await send(api.url, 'POST', '/orders?user=ann', { headers: { 'content-type': 'application/json' }, body: '{"name": "book"}' });
    expect([r.status, r.text]).toEqual([200, 'plain PUT {"item": "book", "by": "ann"}']);
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', url: '/orders', headers: { 'content-type': 'application/json' } });
    const refused = await send(api.url, 'POST', '/orders', { headers: { 'content-type': 'text/csv' }, body: 'a,b' });
    expect(refused.status).toBe(415);
  });

  // Without templates the body passes through both ways; the method response's Content-Type is application/json
  // unless a responseParameter maps one (non-proxy responses carry no back end header that is not mapped).
  it('passes bodies through, with the client method for ANY', async () => {
    const r = await send(api.url, 'DELETE', '/plain', { headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect([r.status, r.text, r.headers.get('content-type')]).toEqual([200, 'plain DELETE hello', 'application/json']);
  });

  // Past the integration timeout a REST API answers 504 {"message": "Endpoint request timed out"} (INTEGRATION_TIMEOUT,
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
  it('answers 504 when the back end does not answer in time', async () => {
    const r = await send(api.url, 'GET', '/slow');
    expect([r.status, r.text]).toEqual([504, '{"message": "Endpoint request timed out"}']);
  });

  it('answers 500 when the back end cannot be reached, and logs the URL', async () => {
    const r = await send(api.url, 'GET', '/down');
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(log.at(-1)).toMatchObject({ route: 'GET /down', integration: 'HTTP', note: expect.stringContaining('http://127.0.0.1:1/nothing') });
  });
});
