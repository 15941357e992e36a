import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const rest = startServer('fixtures/serve/rest-mock.yaml', { stageVariables: { env: 'dev' } });
const staged = startServer('fixtures/serve/rest-mock.yaml', { stage: 'prod' });

describe('serve: MOCK integration', () => {
  // The request template's statusCode selects the integration response; the default one's template is the body:
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html;
  // $context.stage/resourcePath/httpMethod/path, $input.params and $stageVariables (a missing one renders empty):
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html;
  // query values reach $input.params URL-decoded ('+' is a space): LocalStack test_lambda_aws_proxy_integration snapshot.
  it('renders the default integration response with $context, $input.params and $stageVariables', async () => {
    const r = await send(rest.url, 'GET', '/pets/42?q=a+b%2B');
    expect(r.status).toBe(200);
    const body = r.json() as Record<string, string>;
    expect(body).toEqual({
      id: '42', q: 'a b+', stage: 'local', resourcePath: '/pets/{id}', httpMethod: 'GET', path: '/local/pets/42',
      requestId: r.headers.get('x-amzn-requestid'), env: 'dev', missing: '',
    });
    // $context.requestId is a UUID and the response carries it as x-amzn-RequestId (AWS-recorded in
    // LocalStack test_aws_proxy_response_payload_format_validation).
    expect(body.requestId).toMatch(UUID);
    // Non-proxy responses take the response template's content type (same snapshot).
    expect(r.headers.get('content-type')).toBe('application/json');
  });

  // responseParameters map a static 'value' and stageVariables.X to method response headers:
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
  it('maps static values and stage variables into method response headers', async () => {
    const r = await send(rest.url, 'GET', '/pets/1');
    expect([r.headers.get('x-static'), r.headers.get('x-env')]).toEqual(['static-value', 'dev']);
  });

  it('takes the stage from --stage into $context.stage and $context.path', async () => {
    const body = (await send(staged.url, 'GET', '/pets/1')).json() as Record<string, string>;
    expect([body.stage, body.path, body.env]).toEqual(['prod', '/prod/pets/1', '']);
  });

  // MOCK status is matched against selection patterns as a whole string (API reference
  // IntegrationResponse.selectionPattern; whole-string match: serve.md, qiita HiroshiUyama).
  it.each([
    { path: '/pets/0', method: 'GET', status: 404, text: '{"message": "no pet 0"}', why: 'status 404 matches the "404" pattern' },
    { path: '/strict', method: 'POST', status: 201, text: '{"created": true}', why: '201 matches 2\\d{2}, not "20"' },
  ])('$method $path: $why', async ({ path, method, status, text }) => {
    const r = await send(rest.url, method, path, { headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
    expect([r.status, r.text]).toEqual([status, text]);
  });

  // passthroughBehavior NEVER (and WHEN_NO_TEMPLATES with a template) reject an unmatched Content-Type with 415
  // {"message":"Unsupported Media Type"}; a missing Content-Type counts as application/json:
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html (Example 1).
  it.each([
    { path: '/strict', method: 'POST', contentType: 'application/xml', status: 415 },
    { path: '/pets/5', method: 'GET', contentType: 'text/plain', status: 415 },
    { path: '/strict', method: 'POST', contentType: undefined, status: 201 },
    { path: '/pets/mine', method: 'GET', contentType: 'application/xml', status: 200 },
  ])('$method $path with Content-Type $contentType answers $status', async ({ path, method, contentType, status }) => {
    const r = await send(rest.url, method, path, { headers: contentType ? { 'content-type': contentType } : {}, body: method === 'POST' ? '<a/>' : undefined });
    expect(r.status).toBe(status);
    if (status === 415) expect(r.text).toBe('{"message":"Unsupported Media Type"}');
  });

  it('answers 500 when no integration response matches and there is none by default, and logs why', async () => {
    const r = await send(rest.url, 'GET', '/nodefault');
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(rest.log.at(-1)).toEqual({ method: 'GET', path: '/nodefault', route: 'GET /nodefault', integration: 'MOCK', status: 500, ms: expect.any(Number), note: 'no integration response matches status 503 and there is no default' });
  });

  it('answers 500 for an AWS service integration and says it is not emulated, at start and per request', async () => {
    expect(rest.server.notEmulated).toEqual([{ route: 'POST /queue', reason: 'AWS service integrations are not emulated' }]);
    const r = await send(rest.url, 'POST', '/queue', { body: '{}' });
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(rest.log.at(-1)?.note).toBe('not emulated: AWS service integrations are not emulated');
  });
});

const swagger = startServer({ file: 'swagger-mock.json', text: JSON.stringify({
  swagger: '2.0', info: { title: 's', version: '1' },
  // A definition lint reports (a method without an integration; x-amazon-apigateway-integration with no type) still serves.
  paths: {
    '/echo/{word}': { get: { 'x-amazon-apigateway-integration': { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' }, responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-Word': "'fixed'" }, responseTemplates: { 'application/json': '{"echo": "$input.params(\'word\')", "response": "mocked"}' } } } } } },
    '/broken': { get: { responses: {} }, post: { 'x-amazon-apigateway-integration': { uri: 'x' } } },
  },
}) });

describe('serve: Swagger 2.0 and definitions with lint errors', () => {
  // Recorded AWS response for GET /echo/foobar on a mock echo API: {"echo": "foobar", "response": "mocked"}
  // (LocalStack test_apigateway_basic.py::test_api_gateway_mock_integration); Swagger 2.0 imports like OpenAPI 3
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/import-edge-optimized-api.html).
  it('serves a Swagger 2.0 MOCK route', async () => {
    const r = await send(swagger.url, 'GET', '/echo/foobar');
    expect([r.status, r.json(), r.headers.get('x-word')]).toEqual([200, { echo: 'foobar', response: 'mocked' }, 'fixed']);
  });

  it('still serves when other methods are broken, answering those with 500', async () => {
    expect(swagger.server.notEmulated.map((n) => n.route)).toEqual(['GET /broken', 'POST /broken']);
    expect((await send(swagger.url, 'GET', '/broken')).status).toBe(500);
  });
});
