import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendRaw, startServer } from './support.js';

const rest = startServer('fixtures/serve/rest-mock.yaml', { stageVariables: { env: 'dev' } });

describe('serve: odd requests', () => {
  it('answers random methods, paths, headers and bodies with API Gateway-shaped responses and keeps serving', async () => {
    const segment = fc.oneof(fc.constantFrom('pets', 'toys', 'items', 'strict', '42', '%E0%A4%A', '%2F', '..', '{id}', 'a+b'), fc.string({ maxLength: 6 }).map(encodeURIComponent));
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      fc.array(segment, { maxLength: 4 }),
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
      fc.constantFrom('application/json', 'application/xml', 'text/plain; charset=utf-8', ''),
      fc.oneof(fc.string({ maxLength: 50 }), fc.constant('{"statusCode": "x"'), fc.constant('{}')),
      async (method, segments, query, contentType, body) => {
        const headers = contentType ? ['Content-Type', contentType] : [];
        const payload = method === 'GET' || method === 'HEAD' ? undefined : body;
        if (payload !== undefined) headers.push('Content-Length', String(Buffer.byteLength(payload)));
        const r = await sendRaw(rest.url, method, `/${segments.join('/')}?q=${query}`, headers, payload);
        expect([200, 201, 403, 404, 415, 500]).toContain(r.status);
        if (r.status === 403) expect(r.text).toBe(method === 'HEAD' ? '' : '{"message":"Missing Authentication Token"}');
      },
    ), { numRuns: 300 });
    expect((await sendRaw(rest.url, 'GET', '/pets/1', [])).status).toBe(200);
  });
});
