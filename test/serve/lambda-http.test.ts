import { describe, expect, it } from 'vitest';
import { send, sendRaw, startServer } from './support.js';

const H = 'fixtures/serve/handlers.mjs';
const lambdas = { echo: `${H}#echo`, inferred: `${H}#inferred`, v2: `${H}#v2`, fail: `${H}#fail` };
const named = startServer('fixtures/serve/http-api.yaml', { lambdas, stage: 'dev', stageVariables: { region: 'eu' } });
const dflt = startServer('fixtures/serve/http-api.yaml', { lambdas, stage: '$default' });

type Event = Record<string, any>;

// Payload format 2.0, https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html:
// version '2.0', routeKey, rawPath and rawQueryString as sent, cookies split from the Cookie header, lower-case header
// names, repeated headers and query values joined with ',', requestContext.http, no multiValueHeaders; a JSON body is
// passed as the raw string with isBase64Encoded false.
describe('serve: HTTP API Lambda event, payload 2.0', () => {
  it('sends the 2.0 event', async () => {
    const r = await sendRaw(named.url, 'GET', '/items/7?a=1&a=2&b=x+y', ['X-Dup', 'one', 'X-Dup', 'two', 'Cookie', 'c1=v1; c2=v2', 'Content-Type', 'application/json', 'Content-Length', '8'], '{"k": 1}');
    expect(r.status).toBe(200);
    const e = r.json() as Event;
    expect(e).toMatchObject({
      version: '2.0', routeKey: 'GET /items/{id}', rawPath: '/dev/items/7', rawQueryString: 'a=1&a=2&b=x+y',
      cookies: ['c1=v1', 'c2=v2'], queryStringParameters: { a: '1,2', b: 'x y' }, pathParameters: { id: '7' },
      stageVariables: { region: 'eu' }, body: '{"k": 1}', isBase64Encoded: false,
    });
    expect(e.headers['x-dup']).toBe('one,two');
    expect(e.headers.cookie).toBeUndefined();
    expect(e.multiValueHeaders).toBeUndefined();
    expect(e.requestContext).toMatchObject({ http: { method: 'GET', path: '/dev/items/7' }, routeKey: 'GET /items/{id}', stage: 'dev' });
    expect(e.requestContext.requestId).toBe(r.headers.get('apigw-requestid'));
  });

  it('adds no stage to rawPath on the $default stage, and sends the full path on the $default route', async () => {
    const e = (await send(dflt.url, 'GET', '/not/a/route')).json() as Event;
    expect([e.routeKey, e.rawPath, e.requestContext.stage]).toEqual(['$default', '/not/a/route', '$default']);
  });

  // An integration with payloadFormatVersion 1.0 sends the REST-style event with version '1.0' (same page).
  it('sends the 1.0 event to a 1.0 integration', async () => {
    const e = (await send(named.url, 'GET', '/v1/9')).json() as Event;
    expect(e).toMatchObject({ version: '1.0', resource: '/v1/{id}', path: '/v1/9', httpMethod: 'GET', pathParameters: { id: '9' } });
  });
});

describe('serve: HTTP API Lambda response, payload 2.0', () => {
  // Without statusCode API Gateway infers 200, application/json and the result as the body (same page).
  it('infers the response when there is no statusCode', async () => {
    const r = await send(named.url, 'GET', '/inferred');
    expect([r.status, r.headers.get('content-type'), r.json()]).toEqual([200, 'application/json', { hello: 'world' }]);
  });

  // With statusCode: statusCode, headers, body and cookies (each a set-cookie header) are applied (same page).
  it('applies statusCode, headers, body and cookies', async () => {
    const r = await send(named.url, 'POST', '/made');
    expect([r.status, r.text, r.headers.get('x-v'), r.headers.getSetCookie()]).toEqual([201, 'made', '2', ['a=1', 'b=2']]);
  });

  // A function error: 500 {"message":"Internal Server Error"} (AWS docs http-api-troubleshooting-lambda.html).
  it('answers 500 Internal Server Error when the function throws', async () => {
    const r = await send(named.url, 'GET', '/fail');
    expect([r.status, r.text]).toEqual([500, '{"message":"Internal Server Error"}']);
  });
});
