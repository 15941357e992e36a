import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const H = 'fixtures/serve/custom-handlers.mjs';
const fn = (name: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${name}/invocations`;
const aws = (name: string, extra: Record<string, unknown>) => ({ 'x-amazon-apigateway-integration': { type: 'aws', httpMethod: 'POST', uri: fn(name), ...extra } });

const definition = {
  openapi: '3.0.1', info: { title: 'custom', version: '1' },
  paths: {
    '/orders/{id}': {
      post: aws('echo', {
        requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')", "qty": $input.json(\'$.qty\'), "stage": "$context.stage", "env": "$stageVariables.env"}' },
        responses: { default: { statusCode: '200' } },
      }),
    },
    '/pets/{id}': {
      get: aws('lookup', {
        requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
        responses: {
          '.*NotFound.*': { statusCode: '404', responseTemplates: { 'application/json': '{"error": "$input.path(\'$.errorMessage\')", "type": "$input.path(\'$.errorType\')"}' } },
          default: {
            statusCode: '200',
            responseParameters: { 'method.response.header.X-Pet-Name': 'integration.response.body.name', 'method.response.header.X-Static': "'fixed'" },
            responseTemplates: { 'application/json': '{"pet": "$input.path(\'$.name\')", "tags": [#foreach($t in $input.path(\'$.tags\'))"$t"#if($foreach.hasNext),#end#end]}' },
          },
        },
      }),
    },
    '/strict/{id}': {
      get: aws('lookup', {
        requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
        responses: { NotFound: { statusCode: '404' }, '.*': { statusCode: '400' }, default: { statusCode: '200' } },
      }),
    },
    '/raw': { post: aws('echo', { passthroughBehavior: 'when_no_match', responses: { default: { statusCode: '200' } } }) },
    '/never': { post: aws('echo', { passthroughBehavior: 'never', requestTemplates: { 'application/json': '{}' }, responses: { default: { statusCode: '200' } } }) },
    '/slow': { get: aws('hang', { responses: { default: { statusCode: '200' } } }) },
  },
};

const api = startServer({ file: 'custom.json', text: JSON.stringify(definition) }, {
  stageVariables: { env: 'test' }, timeoutMs: 1000,
  lambdas: { echo: `${H}#echo`, lookup: `${H}#lookup`, hang: `${H}#hang` },
});

describe('serve: Lambda custom integration (type AWS)', () => {
  // The request template's output is the event; $input.params, $input.json, $context and $stageVariables render
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html);
  // without a response template the body is the function's JSON result with Content-Type application/json
  // (recorded 'lambda-selection-pattern-200' in LocalStack test_apigateway_lambda.py::test_lambda_selection_patterns).
  it('sends the request template output as the event and returns the result', async () => {
    const r = await send(api.url, 'POST', '/orders/7', { headers: { 'content-type': 'application/json' }, body: '{"qty": 3}' });
    expect([r.status, r.headers.get('content-type'), r.json()]).toEqual([200, 'application/json', { got: { id: '7', qty: 3, stage: 'local', env: 'test' } }]);
    expect(api.log.at(-1)).toMatchObject({ route: 'POST /orders/{id}', integration: 'AWS', status: 200 });
  });

  // Success takes the default response; its template reshapes the result and responseParameters map a body field
  // and a static value (https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html).
  it('renders the default response template and maps headers from the result', async () => {
    const r = await send(api.url, 'GET', '/pets/1');
    expect([r.status, r.json(), r.headers.get('x-pet-name'), r.headers.get('x-static')]).toEqual([200, { pet: 'Rex', tags: ['a', 'b'] }, 'Rex', 'fixed']);
  });

  // A thrown error's errorMessage is matched against the selection patterns; the chosen response's template reads
  // the error payload {errorType, errorMessage, trace} of the Node.js runtime
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html,
  // https://docs.aws.amazon.com/lambda/latest/dg/nodejs-exceptions.html).
  it('maps a thrown error to the response its selection pattern names', async () => {
    const r = await send(api.url, 'GET', '/pets/missing');
    expect([r.status, r.json()]).toEqual([404, { error: 'Item NotFound: missing', type: 'Error' }]);
  });

  // Selection patterns match the whole errorMessage ('NotFound' does not match 'Item NotFound: missing',
  // https://qiita.com/HiroshiUyama/items/bb4d2200aa8b683489a1); success ignores patterns, even '.*', and takes the
  // default (handle-errors-in-lambda-integration.html; LocalStack test_lambda_selection_patterns, AWS-recorded).
  it.each([
    { path: '/strict/gone', status: 404 },
    { path: '/strict/missing', status: 400 },
    { path: '/strict/1', status: 200 },
  ])('GET $path answers $status', async ({ path, status }) => {
    expect((await send(api.url, 'GET', path)).status).toBe(status);
  });

  // An error no pattern matches is returned with the default response, 200, the error payload as the body
  // ("Otherwise, Lambda errors are returned as 200 OK responses", handle-errors-in-lambda-integration.html).
  it('returns an unmatched error with the default response', async () => {
    const r = await send(api.url, 'GET', '/pets/typed');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ pet: '', tags: [] });
  });

  it('gives the error payload as the body when the default response has no template', async () => {
    const r = await send(api.url, 'GET', '/strict/typed');
    // '.*' matches 'bad input', so this one is 400; the body is the runtime's error payload.
    expect(r.status).toBe(400);
    const body = r.json() as { errorType: string; errorMessage: string; trace: string[] };
    expect([body.errorType, body.errorMessage, body.trace[0]]).toEqual(['ValidationError', 'bad input', 'ValidationError: bad input']);
  });

  // WHEN_NO_MATCH without templates passes the JSON body through as the event; NEVER refuses a media type without a
  // template with 415 and the function is not called
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html).
  it('passes a body through as the event, or refuses it with 415', async () => {
    const r = await send(api.url, 'POST', '/raw', { headers: { 'content-type': 'application/json' }, body: '{"a": [1, 2]}' });
    expect(r.json()).toEqual({ got: { a: [1, 2] } });
    const refused = await send(api.url, 'POST', '/never', { headers: { 'content-type': 'application/xml' }, body: '<a/>' });
    expect([refused.status, refused.text]).toEqual([415, '{"message":"Unsupported Media Type"}']);
  });

  it('answers 500 when the event is not JSON, which Lambda refuses', async () => {
    const r = await send(api.url, 'POST', '/raw', { headers: { 'content-type': 'text/plain' }, body: 'not json' });
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(api.log.at(-1)?.note).toMatch(/is not JSON, which Lambda refuses as an event/);
  });

  // Past the integration timeout a REST API answers 504 {"message": "Endpoint request timed out"}
  // (INTEGRATION_TIMEOUT, https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
  it('answers 504 when the function does not answer in time', async () => {
    const r = await send(api.url, 'GET', '/slow');
    expect([r.status, r.text]).toEqual([504, '{"message": "Endpoint request timed out"}']);
  });
});
