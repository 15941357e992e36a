import { describe, expect, it } from 'vitest';
import { send, sendRaw, startServer } from './support.js';

const A = 'fixtures/serve/authorizers.mjs';
const H = 'fixtures/serve/handlers.mjs';
const api = startServer('fixtures/serve/http-auth.yaml', {
  lambdas: { simple: `${A}#simple`, httpPolicy: `${A}#httpPolicy`, v1: `${A}#v1`, broken: `${A}#broken`, echo: `${H}#echo` }, stage: '$default',
});

type Event = Record<string, any>;
const get = (path: string, token?: string) => send(api.url, 'GET', path, { headers: token === undefined ? {} : { Authorization: token } });

// HTTP API Lambda authorizers (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html):
// a missing identity source is 401 without a call; a simple response {isAuthorized, context} (payload 2.0 with
// enableSimpleResponses) or an IAM policy decides; a denied request is 403 {"message":"Forbidden"}; an authorizer response in
// an invalid format is 500.
describe('serve: HTTP API Lambda authorizer', () => {
  it('answers 401 {"message":"Unauthorized"} without the identity source', async () => {
    const r = await get('/simple/1');
    expect([r.status, r.text]).toEqual([401, '{"message":"Unauthorized"}']);
  });

  it('a simple response: isAuthorized true passes the context as requestContext.authorizer.lambda', async () => {
    const r = await get('/simple/1', 'good');
    expect(r.status).toBe(200);
    const e = r.json() as Event;
    expect(e.requestContext.authorizer.lambda).toMatchObject({ user: 'u-1', n: 1 });
    // The payload 2.0 authorizer event: version, type REQUEST, routeArn, identitySource as a list, routeKey, rawPath, headers.
    expect(e.requestContext.authorizer.lambda.event).toMatchObject({
      version: '2.0', type: 'REQUEST', routeArn: 'arn:aws:execute-api:us-east-1:123456789012:local/$default/GET/simple/1',
      identitySource: ['good'], routeKey: 'GET /simple/{id}', rawPath: '/simple/1', pathParameters: { id: '1' },
    });
    expect(e.requestContext.authorizer.lambda.event.headers.authorization).toBe('good');
  });

  it.each([
    { path: '/simple/1', token: 'bad', status: 403, text: '{"message":"Forbidden"}' },
    { path: '/policy', token: 'good', status: 200 },
    { path: '/policy', token: 'bad', status: 403, text: '{"message":"Forbidden"}' },
    { path: '/broken', token: 'good', status: 500, text: '{"message":"Internal Server Error"}' },
  ])('$path with $token: $status', async ({ path, token, status, text }) => {
    const r = await get(path, token);
    expect(r.status).toBe(status);
    if (text) expect(r.text).toBe(text);
  });

  it('an IAM policy response passes principalId and context as requestContext.authorizer.lambda', async () => {
    const e = (await get('/policy', 'good')).json() as Event;
    expect(e.requestContext.authorizer).toEqual({ lambda: { k: 'v', principalId: 'p-1' } });
  });

  // Payload 1.0: methodArn, identitySource and authorizationToken as the comma-joined identity values, REST-style fields.
  it('sends the payload 1.0 event, every identity source required', async () => {
    expect((await get('/v1', 'good')).status).toBe(401);
    const r = await sendRaw(api.url, 'GET', '/v1?k=kv', ['Authorization', 'good']);
    expect(r.status).toBe(200);
    // A payload 1.0 integration gets the authorizer's context keys at the top of requestContext.authorizer.
    const e = JSON.parse((r.json() as Event).requestContext.authorizer.event);
    expect(e).toMatchObject({
      version: '1.0', type: 'REQUEST', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:local/$default/GET/v1',
      identitySource: 'good,kv', authorizationToken: 'good,kv', resource: '/v1', path: '/v1', httpMethod: 'GET', queryStringParameters: { k: 'kv' },
    });
  });
});
