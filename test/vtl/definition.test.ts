import { describe, expect, it } from 'vitest';
import { renderFromDefinition, UserError } from '../../src/index.js';
import { apigw, ROOT } from '../support/cli.js';

const SPEC = 'fixtures/render/api.yaml';
const EVENT = { headers: { 'Content-Type': 'application/json' }, body: '{"qty": 3, "note": "n"}', requestContext: { stage: 'prod' } };

// An HTTP integration: selection patterns match the back end's status code.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
const HTTP_API = `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      responses:
        '201': {description: created}
        '400': {description: bad}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://pets.example.com/pets
        passthroughBehavior: when_no_match
        requestTemplates:
          application/json: '{"name": "$input.path(''$.name'')"}'
        responses:
          '4\\d{2}':
            statusCode: '400'
            responseTemplates:
              application/json: '{"error": "$input.path(''$.message'')"}'
          default:
            statusCode: '201'
            responseParameters:
              method.response.header.Location: "'/pets/1'"
`;
const http = { text: HTTP_API, file: 'pets.yaml' };

describe('renderFromDefinition', () => {
  it('picks the request template by content type and says where it is written', async () => {
    const r = await renderFromDefinition(SPEC, { method: 'POST', path: '/orders/o-5', event: EVENT }, { cwd: ROOT });
    expect(r.operation).toBe('POST /orders/{id}');
    expect(r.pathParameters).toEqual({ id: 'o-5' });
    expect(r.request).toEqual({
      kind: 'template', body: '{"id": "o-5", "qty": 3, "note": "n"}\n',
      template: { contentType: 'application/json', file: 'fixtures/render/api.yaml', line: 25, column: 11, pointer: '/paths/~1orders~1{id}/post/x-amazon-apigateway-integration/requestTemplates/application~1json' },
    });
    expect(r.response).toBeUndefined();
  });

  it('takes the template of the content type given over the event\'s header', async () => {
    const r = await renderFromDefinition(SPEC, { method: 'POST', path: '/orders/1', event: EVENT, contentType: 'application/x-www-form-urlencoded; charset=utf-8', body: 'a=1' }, { cwd: ROOT });
    expect(r.request.body).toBe('{"raw": "a=1"}\n');
    expect(r.request.template?.contentType).toBe('application/x-www-form-urlencoded');
  });

  it.each([
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
    ['WHEN_NO_TEMPLATES with templates refuses another type: 415', SPEC, '/orders/1', 'unsupported', ''],
    ['WHEN_NO_MATCH passes another type through unchanged', http, '/pets', 'passthrough', 'raw body'],
  ])('%s', async (_name, definition, path, kind, body) => {
    const r = await renderFromDefinition(definition, { method: 'POST', path, contentType: 'text/plain', body: 'raw body', integrationResponse: {} }, { cwd: ROOT });
    expect(r.request.kind).toBe(kind);
    expect(r.request.body).toBe(body);
    expect(r.request.reason).toMatch(/^no request template for text\/plain/);
    // A refused request never reaches the integration: there is no integration response.
    expect(r.response === undefined).toBe(kind === 'unsupported');
  });

  it('chooses the integration response by a Lambda errorMessage and renders its template', async () => {
    const r = await renderFromDefinition(SPEC, { method: 'POST', path: '/orders/1', event: EVENT, integrationResponse: { errorMessage: 'Order Not found: 1' } }, { cwd: ROOT });
    expect(r.response).toEqual({
      selectionPattern: '.*Not found.*', statusCode: 404, headers: {}, body: '{"message": "Order Not found: 1"}',
      template: expect.objectContaining({ contentType: 'application/json', file: 'fixtures/render/api.yaml' }),
    });
  });

  it('never matches a Lambda integration\'s patterns against a status: the default response answers', async () => {
    // Lambda custom integrations select by the function's errorMessage only.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
    const text = HTTP_API.replace('type: http', 'type: aws').replace('https://pets.example.com/pets', 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations');
    const r = await renderFromDefinition({ text, file: 'pets.yaml' }, { method: 'POST', path: '/pets', integrationResponse: { status: 404, body: '{"message": "m"}' } });
    expect(r.response).toMatchObject({ selectionPattern: 'default', statusCode: 201, headers: { Location: '/pets/1' }, body: '{"message": "m"}' });
  });

  it.each([
    [400, '4\\d{2}', 400, '{"error": "no name"}', {}],
    [200, 'default', 201, '{"message": "no name"}', { Location: '/pets/1' }],
  ])('matches an HTTP integration\'s status %s against the selection patterns', async (status, pattern, statusCode, body, headers) => {
    const r = await renderFromDefinition(http, { method: 'POST', path: '/pets', body: '{"name": "x"}', integrationResponse: { status, body: '{"message": "no name"}' } });
    expect(r.request.body).toBe('{"name": "x"}');
    expect(r.response).toMatchObject({ selectionPattern: pattern, statusCode, body, headers });
  });

  it('reports no response when no pattern matches and there is no default (API Gateway answers 500)', async () => {
    const text = HTTP_API.replace(/ {10}default:\n {12}statusCode: '201'\n {12}responseParameters:\n.*\n/, '');
    const r = await renderFromDefinition({ text, file: 'pets.yaml' }, { method: 'POST', path: '/pets', integrationResponse: { status: 200 } });
    expect(r.response).toEqual({ statusCode: 500, headers: {}, body: '' });
  });

  it('takes a definition held in memory as JSON text', async () => {
    const document = { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/ping': { get: { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": $input.params(\'code\')}' } } } } } };
    const r = await renderFromDefinition({ text: JSON.stringify(document), file: 'ping.json' }, { method: 'GET', path: '/ping', queryStringParameters: { code: '200' } });
    expect(r.request).toMatchObject({ kind: 'template', body: '{"statusCode": 200}', template: { file: 'ping.json', line: 1 } });
  });

  it('gives what the CLI prints for the same request', async () => {
    const cli = apigw(['render-template', '--spec', SPEC, '-m', 'POST', '-p', '/orders/1', '--body', '{"qty": 2, "note": "x"}', '--response', '--error-message', 'Not found', '--format', 'json']);
    const lib = await renderFromDefinition(SPEC, { method: 'POST', path: '/orders/1', body: '{"qty": 2, "note": "x"}', integrationResponse: { errorMessage: 'Not found' } }, { cwd: ROOT });
    expect(JSON.parse(cli.stdout)).toEqual({ statusCode: lib.response!.statusCode, headers: lib.response!.headers, body: lib.response!.body });
  });

  it.each([
    ['a missing file', 'nope.yaml', '/x', /^nope\.yaml: cannot read: no such file$/],
    ['a method the definition lacks', SPEC, '/nowhere', /^fixtures\/render\/api\.yaml: no method POST \/nowhere in the definition/],
    ['a template that does not parse', SPEC, '/broken', /^fixtures\/render\/api\.yaml:52:15: #if is never closed/],
  ])('throws a UserError naming the file for %s', async (_name, file, path, message) => {
    const err = await renderFromDefinition(file, { method: path === '/broken' ? 'GET' : 'POST', path }, { cwd: ROOT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(message);
  });
});
