import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const custom = startServer('fixtures/serve/rest-gateway-responses.yaml', {
  stageVariables: { env: 'dev' }, lambdas: { hang: './fixtures/serve/handlers.mjs#hang' }, timeoutMs: 300,
});
const plain = startServer('fixtures/serve/rest-mock.yaml');

// Gateway responses: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
// and https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
// (status, gatewayresponse.header.X from 'literal', method.request.*, context.* and stageVariables.*; templates with
// $context.error.messageString, the quoted message, and $context.error.responseType; a customised DEFAULT_4XX/DEFAULT_5XX
// is inherited by the types of its family that are not customised, which keep their own status).
describe('serve: customised gateway responses', () => {
  it('MISSING_AUTHENTICATION_TOKEN: its status, header mappings and template', async () => {
    const r = await send(custom.url, 'GET', '/nowhere?x=1', { headers: { 'x-who': 'me' } });
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ type: 'MISSING_AUTHENTICATION_TOKEN', message: 'Missing Authentication Token', raw: 'Missing Authentication Token' });
    expect([r.headers.get('x-static'), r.headers.get('x-who'), r.headers.get('x-env'), r.headers.get('content-type')]).toEqual(['fixed', 'me', 'dev', 'application/json']);
    expect(r.headers.get('x-request')).toMatch(UUID);
    expect(r.headers.get('x-request')).toBe(r.headers.get('x-amzn-requestid'));
    expect(r.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });

  it('a header the request does not carry is left out', async () => {
    const r = await send(custom.url, 'GET', '/nowhere');
    expect([r.status, r.headers.has('x-who'), r.headers.get('x-static')]).toEqual([404, false, 'fixed']);
  });

  it('UNSUPPORTED_MEDIA_TYPE inherits DEFAULT_4XX and keeps its 415', async () => {
    const r = await send(custom.url, 'POST', '/strict', { headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect([r.status, r.json(), r.headers.get('access-control-allow-origin')]).toEqual([415, { default4xx: 'Unsupported Media Type', type: 'UNSUPPORTED_MEDIA_TYPE' }, '*']);
  });

  it('a 500 of the server inherits DEFAULT_5XX: its header, the default template, and its own status', async () => {
    const r = await send(custom.url, 'GET', '/nodefault');
    expect([r.status, r.text, r.headers.get('x-five')]).toEqual([500, '{"message":"Internal server error"}', '5xx']);
  });

  it('INTEGRATION_TIMEOUT inherits DEFAULT_5XX and keeps its 504', async () => {
    const r = await send(custom.url, 'GET', '/hang');
    expect([r.status, r.text, r.headers.get('x-five')]).toEqual([504, '{"message":"Endpoint request timed out"}', '5xx']);
  });
});

describe('serve: default gateway responses', () => {
  // Not customised: AWS's bytes (AWS-recorded: LocalStack test_routing_not_found; 500/502 bodies:
  // test_aws_proxy_response_payload_format_validation) and no customised header.
  it.each([
    { method: 'GET', path: '/nowhere', status: 403, text: '{"message":"Missing Authentication Token"}', errorType: 'MissingAuthenticationTokenException' },
    { method: 'GET', path: '/nodefault', status: 500, text: '{"message": "Internal server error"}', errorType: 'InternalServerErrorException' },
  ])('$method $path → $status', async ({ method, path, status, text, errorType }) => {
    const r = await send(plain.url, method, path);
    expect([r.status, r.text, r.headers.get('x-amzn-errortype'), r.headers.has('access-control-allow-origin')]).toEqual([status, text, errorType, false]);
  });
});
