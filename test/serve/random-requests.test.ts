import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/server.js';

// 10,000 requests drawn from a fixed seed: random methods, paths (percent-encoded, dot segments,
// very long), headers (duplicates, huge, invalid), bodies (invalid JSON, big, binary), sent as raw
// bytes over their own connections while slow clients hold others half-sent. Every answer must
// be API Gateway's shape or a closed connection, and nothing may be left open afterwards.

const SEED = 0x5eed_2026;
const COUNT = 10_000;
const CONCURRENCY = 16;

/** mulberry32: a small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const word = (n: number) => Array.from({ length: n }, () => pick('abcdefghijklmnopqrstuvwxyz0123456789-_.~'.split(''))).join('');
  return { int, pick, chance, bytes, word };
}

interface Planned {
  bytes: Buffer;
  method: string;
  /** Not valid HTTP/1.1 by construction: node's parser may refuse it before the gateway sees it. */
  malformed: boolean;
}

const SEGMENTS = ['pets', 'fn', 'boom', '404', '7', '..', '.', '%2e%2e', '%2F', '%E0%A4%A', '%ZZ', '{id}', 'a+b', '%00', '%C3%A9', '', '~'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/xml', 'text/plain', 'multipart/form-data; boundary=x', ';;;', 'application/octet-stream'];

function plan(r: ReturnType<typeof generator>): Planned {
  let malformed = false;
  const method = r.chance(0.97) ? r.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'GET', 'POST']) : r.pick(['BREW', 'G(T', 'get']);
  if (!['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'].includes(method)) malformed = true;
  let path = '/' + Array.from({ length: r.int(5) }, () => (r.chance(0.8) ? r.pick(SEGMENTS) : r.word(1 + r.int(12)))).join('/');
  if (r.chance(0.02)) path += '/' + 'x'.repeat(2000 + r.int(6000));
  if (r.chance(0.005)) {
    path += '/' + 'y'.repeat(17_000);
    malformed = true;
  }
  if (r.chance(0.01)) {
    path += ' /z';
    malformed = true;
  }
  const query = r.chance(0.3) ? '?' + Array.from({ length: 1 + r.int(3) }, () => `${r.word(3)}=${r.pick(['1', '%20', '+', '%ZZ', '', 'a&b'])}`).join('&') : '';
  const headers: Array<[string, string]> = [['Host', '127.0.0.1']];
  if (r.chance(0.5)) headers.push(['Content-Type', r.pick(CONTENT_TYPES)]);
  if (r.chance(0.1)) headers.push(['Content-Type', r.pick(CONTENT_TYPES)]);
  if (r.chance(0.4)) headers.push(['Accept', r.pick(['application/json', '*/*', 'text/html, application/json;q=0.9', 'image/png', ''])]);
  if (r.chance(0.3)) headers.push(['x-trace', r.word(8)]);
  if (r.chance(0.1)) headers.push(['X-Dup', 'a'], ['x-dup', 'b'], ['X-DUP', 'c']);
  if (r.chance(0.05)) headers.push(['X-Big', 'v'.repeat(4000 + r.int(4000))]);
  if (r.chance(0.01)) {
    headers.push(['X-Huge', 'h'.repeat(17_000 + r.int(10_000))]);
    malformed = true;
  }
  if (r.chance(0.01)) {
    headers.push([r.pick(['Bad Name', 'x(y)', 'ümlaut']), 'v']);
    malformed = true;
  }
  if (r.chance(0.01)) {
    headers.push(['X-Control', 'a\u0001b']);
    malformed = true;
  }
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD' && r.chance(0.8)) {
    const kind = r.int(6);
    if (kind === 0) body = Buffer.from('{bad json', 'utf8');
    else if (kind === 1) body = Buffer.from(JSON.stringify({ name: r.word(r.int(30)), age: r.pick([1, -1, 'x', 2.5]) }));
    else if (kind === 2) body = Buffer.from(JSON.stringify({ name: 'big', pad: 'p'.repeat(20_000 + r.int(100_000)) }));
    else if (kind === 3) body = r.bytes(1 + r.int(5000));
    else if (kind === 4) body = Buffer.from('');
    else body = Buffer.from('{"name": "' + '\\u00'.repeat(3) + '"}');
  }
  // Over API Gateway's 10 MB payload limit by Content-Length: answered 413 before the body is read.
  const oversized = body !== undefined && r.chance(0.005);
  let head = `${method} ${path}${query} HTTP/1.1\r\n`;
  for (const [k, v] of headers) head += `${k}: ${v}\r\n`;
  const chunked = body !== undefined && body.length > 0 && !oversized && r.chance(0.2);
  if (oversized) head += `Content-Length: ${11 * 1024 * 1024}\r\n`;
  else if (body !== undefined && !chunked) head += `Content-Length: ${body.length}\r\n`;
  if (chunked) head += 'Transfer-Encoding: chunked\r\n';
  head += 'Connection: close\r\n\r\n';
  const parts: Buffer[] = [Buffer.from(head, 'latin1')];
  if (body !== undefined && chunked) parts.push(Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n'));
  else if (body !== undefined) parts.push(body);
  return { bytes: Buffer.concat(parts), method, malformed };
}

/** Sends the bytes on a new connection and collects everything until the server closes it. */
function exchange(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolveExchange, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(60_000, () => reject(new Error('no answer and no close within 60 s')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A server that answers and closes before reading the whole request may reset the connection.
    socket.on('error', () => undefined);
    socket.on('close', () => resolveExchange(Buffer.concat(chunks)));
    // No half-close: like most clients, it waits for the answer with its side open.
    socket.write(bytes);
  });
}

interface Parsed {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function parse(raw: Buffer): Parsed | undefined {
  if (raw.length === 0) return undefined;
  const end = raw.indexOf('\r\n\r\n');
  expect(end, `no end of headers in ${raw.subarray(0, 200).toString('latin1')}`).toBeGreaterThan(0);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine!);
  expect(m, statusLine).not.toBeNull();
  const headers = new Map<string, string>();
  for (const l of lines) {
    const i = l.indexOf(':');
    headers.set(l.slice(0, i).toLowerCase(), l.slice(i + 1).trim());
  }
  return { status: Number(m![1]), headers, body: raw.subarray(end + 4) };
}

/** Status codes the gateway (or an integration of the fixture) answers with, each with `{"message": …}` when an error. */
const GATEWAY_STATUS = new Set([200, 400, 403, 404, 413, 415, 500, 502]);

function checkAnswer(p: Planned, raw: Buffer, summary: Map<string, number>): void {
  const reply = parse(raw);
  const label = `${p.bytes.subarray(0, 120).toString('latin1').split('\r\n')[0]}`;
  if (!reply) {
    // Closing without an answer is allowed only for what is not HTTP.
    expect(p.malformed, `closed without an answer: ${label}`).toBe(true);
    summary.set('closed', (summary.get('closed') ?? 0) + 1);
    return;
  }
  if (!reply.headers.has('x-amzn-requestid')) {
    // Refused by the HTTP parser before the gateway saw it: 400 or 431, no body, connection closed.
    expect(p.malformed, `not a gateway answer: ${reply.status} for ${label}`).toBe(true);
    expect([400, 431]).toContain(reply.status);
    expect(reply.body.length).toBe(0);
    expect(reply.headers.get('connection')).toBe('close');
    summary.set(`refused ${reply.status}`, (summary.get(`refused ${reply.status}`) ?? 0) + 1);
    return;
  }
  expect(GATEWAY_STATUS.has(reply.status), `${reply.status} for ${label}`).toBe(true);
  summary.set(String(reply.status), (summary.get(String(reply.status)) ?? 0) + 1);
  if (p.method === 'HEAD') {
    expect(reply.body.length).toBe(0);
    return;
  }
  expect(reply.body.length).toBe(Number(reply.headers.get('content-length')));
  const json = JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>;
  if (reply.status >= 400) expect(typeof json.message, `${reply.status} ${reply.body.toString()} for ${label}`).toBe('string');
}

const countOf = (kind: string) => process.getActiveResourcesInfo().filter((k) => k === kind).length;

describe('serve: 10,000 random requests', () => {
  it('answers each as API Gateway would or closes the connection, never crashes, and leaks no socket or handler thread', async () => {
    const baseline = { sockets: countOf('TCPSocketWrap'), ports: countOf('MessagePort') };
    const server = createServer('fixtures/serve/rest-robustness.yaml', {
      lambdas: { echo: 'fixtures/serve/handlers.mjs#echo', fail: 'fixtures/serve/handlers.mjs#fail' },
    });
    const url = await server.listen(0);
    const port = Number(new URL(url).port);
    const slow: Socket[] = [];
    try {
      // Slow clients: headers that never finish, and a body that stops short; they hold their connections throughout.
      for (let i = 0; i < 10; i++) {
        const s = connect(port, '127.0.0.1');
        s.on('error', () => undefined);
        s.write(i % 2 ? 'GET /pets/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' : 'POST /pets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-trace: t\r\nContent-Length: 100\r\n\r\n{"name":');
        slow.push(s);
      }
      const r = generator(SEED);
      const planned = Array.from({ length: COUNT }, () => plan(r));
      const summary = new Map<string, number>();
      let next = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < planned.length) {
          const p = planned[next++]!;
          checkAnswer(p, await exchange(port, p.bytes), summary);
        }
      }));
      // Every kind of answer occurred: the generator reaches the routes, the validator and the parser's refusals.
      for (const status of ['200', '400', '403', '404', '413', '415', '502', 'refused 400', 'refused 431']) expect(summary.get(status) ?? 0, `${status} in ${[...summary].join(' ')}`).toBeGreaterThan(0);

      const alive = await fetch(`${url}/pets/1`);
      expect(await alive.json()).toEqual({ id: '1', accept: '*/*' });
      // At most the pool's four threads per function are alive after the run.
      expect(countOf('MessagePort') - baseline.ports).toBeLessThanOrEqual(8);
    } finally {
      for (const s of slow) s.destroy();
      await server.close();
    }
    // close() ended every connection, the slow ones included, and every handler thread.
    for (let i = 0; i < 100 && countOf('TCPSocketWrap') > baseline.sockets; i++) await new Promise((r) => setTimeout(r, 10));
    expect(countOf('TCPSocketWrap')).toBe(baseline.sockets);
    expect(countOf('MessagePort')).toBe(baseline.ports);
    expect(countOf('TCPServerWrap')).toBe(0);
  }, 240_000);
});
