import { request } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { type ApiServer, type AccessLogEntry, createServer, type ServeOptions } from '../../src/serve/server.js';

export interface Started {
  server: ApiServer;
  url: string;
  log: AccessLogEntry[];
}

/** A server on 127.0.0.1, a free port, for the tests of one file; closed after them. */
export function startServer(definition: Parameters<typeof createServer>[0], options: ServeOptions = {}): Started {
  const started = { log: [] as AccessLogEntry[] } as Started;
  beforeAll(async () => {
    started.server = createServer(definition, { ...options, onRequest: (e) => started.log.push(e) });
    started.url = await started.server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await started.server?.close();
  });
  return started;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

export async function send(base: string, method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  // Bytes, not a string: fetch would add Content-Type text/plain to a string body.
  const r = await fetch(base + path, { method, headers: init.headers, body: init.body === undefined ? undefined : new TextEncoder().encode(init.body) });
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text) };
}

/** A request with exactly these header lines (repeated names stay separate lines), by node:http. */
export function sendRaw(base: string, method: string, path: string, rawHeaders: string[], body?: string): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const req = request(base + path, { method, headers: ['Host', new URL(base).host, ...rawHeaders] as unknown as Record<string, string> }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const headers = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        resolveReply({ status: res.statusCode ?? 0, headers, text, json: () => JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
