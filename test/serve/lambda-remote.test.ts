import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, type AccessLogEntry, createServer } from '../../src/serve/server.js';
import { type InvokeServer, refusingUrl, startInvokeServer } from './invoke-server.js';
import { send } from './support.js';

// `--lambda NAME=http://host:port` calls an endpoint speaking Lambda's Invoke API
// (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html): POST /2015-03-31/functions/NAME/invocations with
// the event as the body; a function error is 200 with X-Amz-Function-Error and {errorMessage, errorType}.
let remote: InvokeServer;
let rest: ApiServer;
let http: ApiServer;
const restLog: AccessLogEntry[] = [];
const httpLog: AccessLogEntry[] = [];

beforeAll(async () => {
  remote = await startInvokeServer({
    echo: (event) => ({ result: { statusCode: 200, body: JSON.stringify(event) } }),
    fail: () => ({ functionError: 'Unhandled', errorMessage: 'boom' }),
    handled: () => ({ functionError: 'Handled', errorMessage: 'handled boom' }),
    hang: () => 'hang',
  });
  const refused = await refusingUrl();
  const lambdas = { echo: remote.url, fail: remote.url, hang: remote.url, quit: refused, spin: `${remote.url}/`, handled: remote.url };
  rest = createServer('fixtures/serve/rest-lambda.yaml', { lambdas, stageVariables: { fn: 'handled' }, timeoutMs: 300, onRequest: (e) => restLog.push(e) });
  http = createServer('fixtures/serve/http-api.yaml', { lambdas: { echo: remote.url, fail: remote.url }, onRequest: (e) => httpLog.push(e) });
  await rest.listen(0);
  await http.listen(0);
});
afterAll(async () => {
  await rest?.close();
  await http?.close();
  await remote?.close();
});

describe('serve: --lambda NAME=http://… (Lambda Invoke API)', () => {
  it('sends the proxy event to /2015-03-31/functions/NAME/invocations and applies the result', async () => {
    const r = await send(rest.url, 'POST', '/echo/7?q=1', { headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(r.status).toBe(200);
    // The same payload 1.0 event a local handler gets (AWS-recorded shape: LocalStack test_apigateway_lambda.py::test_lambda_aws_proxy_integration).
    expect(r.json()).toMatchObject({ resource: '/echo/{id}', path: '/echo/7', httpMethod: 'POST', pathParameters: { id: '7' }, queryStringParameters: { q: '1' }, body: '{"a":1}' });
    expect(remote.calls.get('echo')).toBeGreaterThanOrEqual(1);
  });

  // A function error (X-Amz-Function-Error Unhandled or Handled) takes the path of a handler that throws: 502 on a REST
  // proxy integration (recorded 'invoke-api-empty-response' in LocalStack test_aws_proxy_response_payload_format_validation),
  // the function chosen by ${stageVariables.fn}.
  it.each([
    { path: '/fail', method: 'GET', note: /failed: Error: boom/ },
    { path: '/respond', method: 'POST', note: /failed: Error: handled boom/ },
  ])('$method $path: a function error answers 502', async ({ path, method, note }) => {
    const r = await send(rest.url, method, path, { body: method === 'POST' ? '{}' : undefined });
    expect([r.status, r.text]).toEqual([502, '{"message": "Internal server error"}']);
    expect(restLog.at(-1)?.note).toMatch(note);
  });

  // No answer within --timeout: 504 {"message": "Endpoint request timed out"} (API Gateway's integration timeout,
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html).
  it('an endpoint that does not answer in time gives 504', async () => {
    const r = await send(rest.url, 'GET', '/hang');
    expect([r.status, r.text]).toEqual([504, '{"message": "Endpoint request timed out"}']);
    expect(restLog.at(-1)?.note).toBe('function hang did not answer within 300 ms');
  });

  // A function that cannot be invoked is an execution failure "due to configuration error": 500
  // {"message": "Internal server error"} (https://repost.aws/knowledge-center/api-gateway-lambda-template-invoke-error).
  it('a refused connection gives 500, as a Lambda invocation failure does', async () => {
    const r = await send(rest.url, 'GET', '/quit');
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
    expect(restLog.at(-1)?.note).toMatch(/^function quit could not be invoked: http:\/\/127\.0\.0\.1:\d+: connection refused$/);
  });

  it('an endpoint without the function (404 ResourceNotFoundException) gives 500', async () => {
    const r = await send(rest.url, 'GET', '/spin');
    expect(r.status).toBe(500);
    expect(restLog.at(-1)?.note).toMatch(/could not be invoked: .* answered 404: Function not found/);
  });

  // HTTP API: payload 2.0 through the same endpoint; a function error is 500 {"message":"Internal Server Error"}
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-lambda.html).
  it('serves an HTTP API route through the endpoint', async () => {
    const ok = await send(http.url, 'GET', '/items/3');
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ version: '2.0', routeKey: 'GET /items/{id}', pathParameters: { id: '3' } });
    const failed = await send(http.url, 'GET', '/fail');
    expect([failed.status, failed.text]).toEqual([500, '{"message":"Internal Server Error"}']);
  });
});

describe('serve: closing with a remote invocation in flight', () => {
  it('ends the client connection and the call to the endpoint', async () => {
    const server = createServer('fixtures/serve/rest-lambda.yaml', { lambdas: { hang: remote.url } });
    const url = await server.listen(0);
    const before = remote.calls.get('hang') ?? 0;
    const pending = fetch(`${url}/hang`).then((r) => r.status, () => 'closed');
    while ((remote.calls.get('hang') ?? 0) === before) await new Promise((r) => setTimeout(r, 10));
    await server.close();
    expect(await pending).toBe('closed');
  });
});
