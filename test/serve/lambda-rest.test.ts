import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { send, sendRaw, startServer } from './support.js';

/** The response's header lines as they came, in order (a POST of `body`). */
function rawHeaderLines(base: string, path: string, body: string): Promise<Array<[string, string]>> {
  return new Promise((resolveLines, reject) => {
    const req = request(base + path, { method: 'POST' }, (res) => {
      const lines: Array<[string, string]> = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      res.resume();
      res.on('end', () => resolveLines(lines));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const H = 'fixtures/serve/handlers.mjs';
const api = startServer('fixtures/serve/rest-lambda.yaml', {
  stageVariables: { fn: 'respond' }, timeoutMs: 1000,
  lambdas: { echo: `${H}#echo`, respond: `${H}#respond`, fail: `${H}#fail`, hang: `${H}#hang`, spin: `${H}#spin`, quit: `${H}#quit` },
});
const plain = startServer('fixtures/serve/rest-lambda.yaml', { lambdas: { echo: `${H}#echo` } });

type Event = Record<string, any>;

describe('serve: REST Lambda proxy event (payload 1.0)', () => {
  // AWS-recorded in LocalStack tests/aws/services/apigateway/test_apigateway_lambda.py::test_lambda_aws_proxy_integration:
  // exactly the v1 keys; path without the stage, requestContext.path with it; resource and resourcePath are the
  // resource template; decoded path parameters; the last query value single, all of them multi ('+' a space,
  // %2B a plus); the raw body; header names in the client's case; stageVariables null when the stage has none.
  it('sends the event API Gateway sends', async () => {
    const r = await sendRaw(plain.url, 'POST', '/echo/a%20b?x=1&x=2+3&y=%2B', ['tEsT-HEADeR', 'v1', 'Content-Type', 'application/json', 'Content-Length', '7'], '{"a":1}');
    expect(r.status).toBe(200);
    const e = r.json() as Event;
    expect(Object.keys(e).sort()).toEqual(['body', 'headers', 'httpMethod', 'isBase64Encoded', 'multiValueHeaders', 'multiValueQueryStringParameters', 'path', 'pathParameters', 'queryStringParameters', 'requestContext', 'resource', 'stageVariables']);
    expect(e).toMatchObject({
      resource: '/echo/{id}', path: '/echo/a b', httpMethod: 'POST', pathParameters: { id: 'a b' },
      queryStringParameters: { x: '2 3', y: '+' }, multiValueQueryStringParameters: { x: ['1', '2 3'], y: ['+'] },
      stageVariables: null, isBase64Encoded: false, body: '{"a":1}',
    });
    expect(e.headers['tEsT-HEADeR']).toBe('v1');
    expect(e.multiValueHeaders['tEsT-HEADeR']).toEqual(['v1']);
    expect(e.requestContext).toMatchObject({ resourcePath: '/echo/{id}', httpMethod: 'POST', path: '/local/echo/a b', stage: 'local' });
    expect(e.requestContext.requestId).toBe(r.headers.get('x-amzn-requestid'));
  });

  // Greedy {proxy+}: pathParameters.proxy is the rest of the path with its slashes, resource '/{proxy+}';
  // stageVariables carries the stage's variables (same snapshot).
  it('fills {proxy+} and stageVariables', async () => {
    const e = (await send(api.url, 'GET', '/some/deep/path')).json() as Event;
    expect(e).toMatchObject({ resource: '/{proxy+}', path: '/some/deep/path', pathParameters: { proxy: 'some/deep/path' }, stageVariables: { fn: 'respond' }, body: null, queryStringParameters: null });
  });
});

describe('serve: REST Lambda proxy response', () => {
  // AWS-recorded in LocalStack test_apigateway_lambda.py::test_aws_proxy_response_payload_format_validation
  // (snapshot 15-11-2024): statusCode/headers/multiValueHeaders/body applied, boolean header values stringified,
  // a numeric-string statusCode accepted, {statusCode:200} alone and no statusCode give 200 with an empty body,
  // application/json when the function sets no Content-Type, multi value before the single one, isBase64Encoded
  // without binaryMediaTypes returns the text undecoded. The function is chosen by ${stageVariables.fn} in the URI
  // (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
  it.each([
    { name: 'headers and body', result: { statusCode: 200, headers: { 'x-flag': true, 'Content-Type': 'text/plain' }, body: 'ok' }, status: 200, body: 'ok', headers: { 'x-flag': 'true', 'content-type': 'text/plain' } },
    { name: 'statusCode as a string', result: { statusCode: '201', body: '' }, status: 201, body: '', headers: { 'content-type': 'application/json' } },
    { name: 'statusCode alone', result: { statusCode: 200 }, status: 200, body: '', headers: {} },
    { name: 'only headers', result: { headers: { 'x-only': 'h' } }, status: 200, body: '', headers: { 'x-only': 'h' } },
    { name: 'multi and single value of one header', result: { statusCode: 200, headers: { 'x-dup': 'value-solo' }, multiValueHeaders: { 'x-dup': ['value-multi'] } }, status: 200, body: '', headers: { 'x-dup': 'value-multi, value-solo' } },
    { name: 'isBase64Encoded without binary media types', result: { statusCode: 200, body: 'aGk=', isBase64Encoded: true }, status: 200, body: 'aGk=', headers: {} },
  ])('$name', async ({ result, status, body, headers }) => {
    const r = await send(api.url, 'POST', '/respond', { body: JSON.stringify(result) });
    expect([r.status, r.text]).toEqual([status, body]);
    for (const [k, v] of Object.entries(headers)) expect(r.headers.get(k)).toBe(v);
  });

  // The lines as written, in order: the function's headers, then the request id, Content-Length and node's own
  // (Date, Connection, Keep-Alive). Of names alike but for case the last one given stands, in the first one's
  // place; a Content-Length of the function's gives way to the body's.
  it.each([
    { name: 'distinct names', result: { headers: { 'X-B': '1', 'x-a': '2' } }, lines: [['X-B', '1'], ['x-a', '2'], ['Content-Type', 'application/json']] },
    { name: 'names alike but for case', result: { headers: { 'x-dup': 'c', 'Content-Type': 'text/plain' }, multiValueHeaders: { 'X-Dup': ['a', 'b'] } }, lines: [['x-dup', 'c'], ['Content-Type', 'text/plain']] },
    { name: 'a Content-Length of its own', result: { headers: { 'Content-Length': '99', 'x-z': 'z' }, body: 'four' }, lines: [['Content-Length', '4'], ['x-z', 'z'], ['Content-Type', 'application/json']] },
  ])('writes the header lines in order: $name', async ({ result, lines }) => {
    const raw = await rawHeaderLines(api.url, '/respond', JSON.stringify(result));
    const own = raw.filter(([k]) => !['x-amzn-requestid', 'date', 'connection', 'keep-alive'].includes(k.toLowerCase()));
    const hasLength = lines.some(([k]) => k === 'Content-Length');
    expect(own).toEqual(hasLength ? lines : [...lines, ['Content-Length', own.at(-1)![1]]]);
    expect(raw.slice(-3).map(([k]) => k)).toEqual(['Date', 'Connection', 'Keep-Alive']);
  });

  // Malformed responses -> 502 {"message": "Internal server error"}: recorded 'invoke-api-wrong-format',
  // 'invoke-api-invalid-status-code', 'invoke-api-just-string', 'invoke-api-multi-headers-invalid' (same snapshot);
  // a body that is an object: https://aws.amazon.com/premiumsupport/knowledge-center/malformed-502-api-gateway/
  it.each([
    { name: 'an unknown key', result: { statusCode: 200, wrongKey: 1 } },
    { name: 'a statusCode that is not a number', result: { statusCode: 'abc' } },
    { name: 'a bare string', result: 'just a string' },
    { name: 'a multiValueHeaders value that is not a list', result: { statusCode: 200, multiValueHeaders: { a: 'b' } } },
    { name: 'a body that is an object', result: { statusCode: 200, body: { a: 1 } } },
  ])('$name gives 502', async ({ result }) => {
    const r = await send(api.url, 'POST', '/respond', { body: JSON.stringify(result) });
    expect([r.status, r.text]).toEqual([502, '{"message": "Internal server error"}']);
    expect(api.log.at(-1)?.note).toBe('malformed Lambda proxy response from respond');
  });
});

describe('serve: handlers run isolated from the server', () => {
  // A function error gives 502 (recorded 'invoke-api-empty-response', same snapshot); a function that does not
  // answer in time gives 504 {"message": "Endpoint request timed out"} (API Gateway's integration timeout,
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html).
  it.each([
    { path: '/fail', status: 502, text: '{"message": "Internal server error"}', note: 'function fail failed: Error: boom' },
    { path: '/hang', status: 504, text: '{"message": "Endpoint request timed out"}', note: 'function hang did not answer within 1000 ms' },
    { path: '/spin', status: 504, text: '{"message": "Endpoint request timed out"}', note: 'function spin did not answer within 1000 ms' },
    { path: '/quit', status: 502, text: '{"message": "Internal server error"}', note: "function quit: the handler's thread exited with code 3" },
  ])('GET $path answers $status and the server keeps serving', async ({ path, status, text, note }) => {
    const r = await send(api.url, 'GET', path);
    expect([r.status, r.text]).toEqual([status, text]);
    expect(api.log.at(-1)).toMatchObject({ path, route: `GET ${path}`, integration: 'AWS_PROXY', status, note });
    expect((await send(api.url, 'GET', '/still/alive')).status).toBe(200);
  });

  it('answers 500 for a function no --lambda runs, and lists it at start', async () => {
    expect(plain.server.notEmulated).toEqual([
      { route: 'POST /respond', reason: 'its Lambda function is not named in the integration uri' },
      { route: 'GET /fail', reason: 'no --lambda given for function fail' },
      { route: 'GET /hang', reason: 'no --lambda given for function hang' },
      { route: 'GET /spin', reason: 'no --lambda given for function spin' },
      { route: 'GET /quit', reason: 'no --lambda given for function quit' },
      { route: 'GET /unmapped', reason: 'no --lambda given for function nobody' },
    ]);
    const r = await send(plain.url, 'GET', '/unmapped');
    expect([r.status, r.text]).toEqual([500, '{"message": "Internal server error"}']);
  });
});

describe('serve: closing', () => {
  it('closes while invocations are in flight or queued: every connection ends', async () => {
    const { createServer } = await import('../../src/serve/server.js');
    const server = createServer('fixtures/serve/rest-lambda.yaml', { lambdas: { hang: `${H}#hang` } });
    const url = await server.listen(0);
    // Six requests for a pool of four threads: four run, two wait.
    const pending = Array.from({ length: 6 }, () => fetch(`${url}/hang`).then((r) => r.status, () => 'closed'));
    await new Promise((r) => setTimeout(r, 300));
    await server.close();
    expect(await Promise.all(pending)).toEqual(Array(6).fill('closed'));
  });
});
