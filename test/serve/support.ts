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
