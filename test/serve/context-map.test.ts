import { describe, expect, it } from 'vitest';
import { type ClientRequest, type RequestInfo, restContextMap, restRequestContext } from '../../src/serve/request.js';
import { JMap, type JValue, javaString, toJson } from '../../src/vtl/java.js';
import { buildContext } from '../../src/vtl/variables.js';

/** A map's kind, Java key order and values, nested maps spelled out, so that two maps compare whole. */
function shape(v: JValue): unknown {
  if (v instanceof JMap) return { kind: v.kind, entries: v.keys().map((k) => [k, shape(v.get(k))]) };
  return v;
}

const request = (headers: Array<[string, string]>, method = 'GET'): ClientRequest => ({ method, rawPath: '/items/42', rawQueryString: '', headers, body: Buffer.alloc(0), sourceIp: '10.1.2.3' });
const info = (extra: Partial<RequestInfo> = {}): RequestInfo => ({
  requestId: '0d1c7a40-3b0e-4d7e-9d5b-2f3c8f1b9e11', stage: 'local', apiId: 'api', accountId: '123456789012', domainName: 'abc.execute-api.example.com', time: 1_764_668_923_000, ...extra,
});

// The server builds `$context` straight from the request; templates must see the very map that
// buildContext makes of the request context record (the path the Lambda events and
// render-template share).
describe('serve: $context built straight from the request', () => {
  it.each([
    { name: 'a plain GET', req: request([['Host', 'abc.execute-api.example.com'], ['User-Agent', 'curl/8']]), info: info() },
    { name: 'no User-Agent', req: request([['Host', 'localhost']]), info: info({ domainName: 'localhost' }) },
    { name: 'the $default stage', req: request([], 'POST'), info: info({ stage: '$default' }) },
    {
      name: 'an authorizer context with nested values', req: request([['user-agent', 'x']]),
      info: info({ authorizer: { principalId: 'me', claims: { sub: '1', groups: ['a', 'b'] }, n: 3, big: 2 ** 40, f: 1.5, ok: true, none: null } }),
    },
  ])('gives the map buildContext(restRequestContext) gives: $name', ({ req, info: i }) => {
    const fast = restContextMap(req, i, '/items/{id}', '/items/42');
    const slow = buildContext(restRequestContext(req, i, '/items/{id}', '/items/42'));
    expect(shape(fast)).toEqual(shape(slow));
    expect(javaString(fast)).toBe(javaString(slow));
    expect(toJson(fast)).toBe(toJson(slow));
  });

  it('keeps the Java key order once a template adds keys (the bucket count grows alike)', () => {
    const fast = restContextMap(request([]), info(), '/r', '/r');
    const slow = buildContext(restRequestContext(request([]), info(), '/r', '/r'));
    for (const m of [fast, slow]) for (let k = 0; k < 12; k++) m.put(`extra${k}`, k);
    expect(fast.keys()).toEqual(slow.keys());
  });

  it('gives every request maps of its own', () => {
    const a = restContextMap(request([]), info(), '/r', '/r');
    const b = restContextMap(request([]), info(), '/r', '/r');
    ((a.get('requestOverride') as JMap).get('header') as JMap).put('x', 'y');
    (a.get('identity') as JMap).put('sourceIp', 'changed');
    expect(((b.get('requestOverride') as JMap).get('header') as JMap).size).toBe(0);
    expect((b.get('identity') as JMap).get('sourceIp')).toBe('10.1.2.3');
  });
});
