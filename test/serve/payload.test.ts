import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { send, startServer } from './support.js';

const rest = startServer('fixtures/serve/rest-guards.yaml');
const custom = startServer('fixtures/serve/rest-gateway-responses.yaml');
const http = startServer('fixtures/serve/http-api.yaml');

const MB = 1024 * 1024;

/**
 * Sends `total` bytes in 1 MB writes (Content-Length declared, or chunked) and resolves with the
 * answer as soon as it comes, without waiting for the upload to finish.
 */
function upload(base: string, path: string, total: number, chunked: boolean): Promise<{ status: number; text: string; connection: string | undefined }> {
  return new Promise((resolveReply, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = String(total);
    const req = request(base + path, { method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolveReply({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8'), connection: res.headers.connection }));
    });
    // The server stops reading an oversized body: writing the rest may fail once the answer is in.
    req.on('error', (err) => reject(err));
    let sent = 0;
    const block = Buffer.alloc(MB, 0x20);
    const pump = () => {
      while (sent < total) {
        const n = Math.min(MB, total - sent);
        sent += n;
        if (!req.write(n === MB ? block : block.subarray(0, n))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

// API Gateway's payload limit is 10 MB (https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html);
// a larger request gets the REQUEST_TOO_LARGE gateway response, 413
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
// The message "Request Entity Too Large" is the HTTP reason phrase; AWS's exact body is not recorded.
describe('serve: the 10 MB payload limit', () => {
  it.each([
    { why: 'declared by Content-Length', chunked: false },
    { why: 'counted as it arrives (chunked)', chunked: true },
  ])('a body over 10 MB, $why, answers 413 and closes the connection', async ({ chunked }) => {
    const r = await upload(rest.url, '/pets', 10 * MB + 1, chunked);
    expect([r.status, r.text, r.connection]).toEqual([413, '{"message":"Request Entity Too Large"}', 'close']);
    expect(rest.log.at(-1)).toMatchObject({ method: 'POST', route: null, status: 413, note: `request body over ${10 * MB} bytes` });
  });

  it('a body of exactly 10 MB is served', async () => {
    const r = await upload(rest.url, '/pets', 10 * MB, false);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ message: 'Missing required request parameters: [issuer, x-trace]' });
  });

  it('REQUEST_TOO_LARGE inherits a customised DEFAULT_4XX and keeps 413', async () => {
    const r = await upload(custom.url, '/strict', 11 * MB, false);
    expect([r.status, JSON.parse(r.text)]).toEqual([413, { default4xx: 'Request Entity Too Large', type: 'REQUEST_TOO_LARGE' }]);
  });

  it('an HTTP API answers 413 too', async () => {
    const r = await upload(http.url, '/items/1', 11 * MB, true);
    expect([r.status, r.text]).toEqual([413, '{"message":"Request Entity Too Large"}']);
  });

  it('keeps serving afterwards', async () => {
    expect((await send(rest.url, 'GET', '/open')).status).toBe(200);
  });
});
