import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const guarded = startServer('fixtures/serve/rest-guards.yaml', { apiKeys: ['key-one', 'key-two'] });
const keyless = startServer('fixtures/serve/rest-guards.yaml');

const pet = JSON.stringify({ name: 'Rex', age: 3, tag: 'dog' });
const params = '?issuer=me';
const trace = { 'x-trace': '1', 'content-type': 'application/json' };

// apiKeyRequired (security naming an apiKey scheme for the x-api-key header): no key or an unknown key -> 403
// {"message":"Forbidden"}, a valid key -> the integration; methods without the requirement need none
// (LocalStack test_apigateway_common.py::test_api_key_required_for_methods, markers.aws.validated;
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html; INVALID_API_KEY 403 in
// supported-gateway-response-types.html).
describe('serve: API keys', () => {
  it.each<{ why: string; headers: Record<string, string>; status: number }>([
    { why: 'no x-api-key', headers: {}, status: 403 },
    { why: 'an unknown key', headers: { 'x-api-key': 'nope' }, status: 403 },
    { why: 'a key given by --api-key', headers: { 'x-api-key': 'key-two' }, status: 200 },
    { why: 'a key in another case', headers: { 'X-API-Key': 'key-one' }, status: 200 },
  ])('GET /keyed with $why answers $status', async ({ headers, status }) => {
    const r = await send(guarded.url, 'GET', '/keyed', { headers });
    expect(r.status).toBe(status);
    if (status === 403) {
      expect(r.text).toBe('{"message":"Forbidden"}');
      expect(r.headers.get('x-amzn-errortype')).toBe('ForbiddenException');
    } else expect(r.json()).toEqual({ ok: '/keyed' });
  });

  it('without --api-key every key is refused', async () => {
    const r = await send(keyless.url, 'GET', '/keyed', { headers: { 'x-api-key': 'key-one' } });
    expect([r.status, r.text]).toEqual([403, '{"message":"Forbidden"}']);
    expect(keyless.log.at(-1)?.note).toBe('x-api-key is not one of the --api-key values');
  });

  it('a method without the requirement needs no key', async () => {
    expect((await send(keyless.url, 'GET', '/open')).status).toBe(200);
  });
});

describe('serve: request validators', () => {
  // Missing required query string / header parameters -> 400 {"message": "Missing required request parameters: [x]"}
  // (AWS-recorded 'missing-required-qs-request-params-get' / 'missing-required-headers-request-params-get' in LocalStack
  // test_apigateway_common.py::test_api_gateway_request_validator); both checks on: parameters are reported before an
  // invalid body ('missing-all-required-request-params-post'); an invalid body -> 400 {"message": "Invalid request body"}
  // (same test); validateRequestBody false does not check the body
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html).
  it.each<{ why: string; method: string; path: string; headers: Record<string, string>; body: string | undefined; status: number; message: string | undefined }>([
    { why: 'all present, body valid', method: 'POST', path: `/pets${params}`, headers: trace, body: pet, status: 200, message: undefined },
    { why: 'query string missing', method: 'POST', path: '/pets', headers: trace, body: pet, status: 400, message: 'Missing required request parameters: [issuer]' },
    { why: 'header missing', method: 'POST', path: `/pets${params}`, headers: { 'content-type': 'application/json' }, body: pet, status: 400, message: 'Missing required request parameters: [x-trace]' },
    { why: 'both missing and the body invalid', method: 'POST', path: '/pets', headers: {}, body: '{}', status: 400, message: 'Missing required request parameters: [issuer, x-trace]' },
    { why: 'required property missing', method: 'POST', path: `/pets${params}`, headers: trace, body: '{"age": 1}', status: 400, message: 'Invalid request body' },
    { why: 'a $ref-ed model violated', method: 'POST', path: `/pets${params}`, headers: trace, body: '{"name": "a", "tag": "too-long"}', status: 400, message: 'Invalid request body' },
    { why: 'not JSON', method: 'POST', path: `/pets${params}`, headers: trace, body: '{"name":', status: 400, message: 'Invalid request body' },
    { why: 'parameters only (root validator): body not checked', method: 'PUT', path: `/pets${params}`, headers: trace, body: '{"age": -1}', status: 200, message: undefined },
    { why: 'parameters only (root validator): parameters checked', method: 'PUT', path: '/pets', headers: trace, body: pet, status: 400, message: 'Missing required request parameters: [issuer]' },
    { why: 'body only: parameters not checked', method: 'PATCH', path: '/pets', headers: {}, body: pet, status: 200, message: undefined },
    { why: 'body only: body checked', method: 'PATCH', path: '/pets', headers: {}, body: '{"age": -1, "name": "x"}', status: 400, message: 'Invalid request body' },
    { why: 'a validator that checks nothing', method: 'DELETE', path: '/pets', headers: {}, body: undefined, status: 200, message: undefined },
  ])('$method $path, $why → $status', async ({ method, path, headers, body, status, message }) => {
    const r = await send(keyless.url, method, path, { headers, body });
    expect(r.status).toBe(status);
    if (message) {
      expect(r.json()).toEqual({ message });
      expect(r.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    }
  });
});

const customised = startServer({ file: 'custom-validation.json', text: JSON.stringify({
  swagger: '2.0', info: { title: 'v', version: '1' },
  'x-amazon-apigateway-api-key-source': 'HEADER',
  securityDefinitions: { api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' } },
  'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true } },
  'x-amazon-apigateway-gateway-responses': {
    BAD_REQUEST_BODY: { statusCode: 422, responseTemplates: { 'application/json': '{"error": $context.error.messageString, "type": "$context.error.responseType", "detail": "$util.escapeJavaScript($context.error.validationErrorString)"}' } },
    BAD_REQUEST_PARAMETERS: { responseTemplates: { 'application/json': '{"params": $context.error.messageString}' } },
    DEFAULT_4XX: { responseTemplates: { 'application/json': '{"default": $context.error.messageString}' } },
  },
  definitions: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } },
  paths: {
    '/things': {
      post: {
        security: [{ api_key: [] }],
        'x-amazon-apigateway-request-validator': 'all',
        parameters: [{ name: 'mode', in: 'query', required: true, type: 'string' }, { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Thing' } }],
        'x-amazon-apigateway-integration': { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' }, responses: { default: { statusCode: '200' } } },
      },
    },
  },
}) }, { apiKeys: ['k'] });

// BAD_REQUEST_BODY customised (status 422, template with $context.error.messageString); an individually customised
// BAD_REQUEST_PARAMETERS wins over DEFAULT_4XX; INVALID_API_KEY inherits DEFAULT_4XX
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html,
// supported-gateway-response-types.html); Swagger 2.0 body parameter model and securityDefinitions.
describe('serve: validator and API key failures through customised gateway responses (Swagger 2.0)', () => {
  it('BAD_REQUEST_BODY: status 422 and its template, with the validation errors', async () => {
    const r = await send(customised.url, 'POST', '/things?mode=a', { headers: { 'x-api-key': 'k' }, body: '{"id": "x"}' });
    expect(r.status).toBe(422);
    expect(r.json()).toEqual({ error: 'Invalid request body', type: 'BAD_REQUEST_BODY', detail: '[/id must be integer]' });
  });

  it('BAD_REQUEST_PARAMETERS: its own template wins over DEFAULT_4XX', async () => {
    const r = await send(customised.url, 'POST', '/things', { headers: { 'x-api-key': 'k' }, body: '{"id": 1}' });
    expect([r.status, r.json()]).toEqual([400, { params: 'Missing required request parameters: [mode]' }]);
  });

  it('INVALID_API_KEY inherits DEFAULT_4XX', async () => {
    const r = await send(customised.url, 'POST', '/things?mode=a', { body: '{"id": 1}' });
    expect([r.status, r.json()]).toEqual([403, { default: 'Forbidden' }]);
  });

  it('passes a valid request', async () => {
    expect((await send(customised.url, 'POST', '/things?mode=a', { headers: { 'x-api-key': 'k' }, body: '{"id": 1}' })).status).toBe(200);
  });
});
