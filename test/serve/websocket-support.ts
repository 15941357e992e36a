import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';

/** A real WebSocket client with its received messages queued. */
export interface Client {
  ws: WebSocket;
  /** The next message not yet taken. */
  next(): Promise<string>;
  /** Messages received and not taken. */
  pending(): string[];
  /** Resolves with the close code and reason once the connection is closed. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

const open = new Set<WebSocket>();

/** Connects; rejects with the handshake's HTTP status and body when the server refuses it. */
export function connect(url: string, options: { protocols?: string[]; headers?: Record<string, string> } = {}): Promise<Client> {
  return new Promise((resolveClient, reject) => {
    const ws = new WebSocket(url, options.protocols ?? [], { headers: options.headers });
    open.add(ws);
    const queue: string[] = [];
    const waiting: Array<(m: string) => void> = [];
    ws.on('message', (data: Buffer) => {
      const m = data.toString('utf8');
      const w = waiting.shift();
      if (w) w(m);
      else queue.push(m);
    });
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => {
      open.delete(ws);
      r({ code, reason: reason.toString('utf8') });
    }));
    ws.on('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        open.delete(ws);
        reject(Object.assign(new Error(`refused: ${res.statusCode}`), { status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      });
    });
    ws.on('error', (err) => reject(err));
    ws.on('open', () => resolveClient({
      ws,
      next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r))),
      pending: () => [...queue],
      closed,
      close: () => {
        if (ws.readyState === ws.CLOSED) return Promise.resolve();
        ws.close();
        return closed.then(() => undefined);
      },
    }));
  });
}

/** The refusal of a handshake: its status and body. */
export async function refusal(url: string, options: { protocols?: string[]; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  try {
    const c = await connect(url, options);
    await c.close();
  } catch (err) {
    const e = err as { status?: number; body?: string };
    if (e.status !== undefined) return { status: e.status, body: e.body ?? '' };
    throw err;
  }
  throw new Error('the handshake was accepted');
}

/** Ends every client a test left open. */
export function closeAll(): void {
  for (const ws of open) ws.terminate();
  open.clear();
}

/** Waits until `check` holds (the test's own timeout bounds the wait). */
export async function until<T>(check: () => T | undefined | false): Promise<T> {
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A JSON file a test handler wrote to `dir`, read once and removed. */
export async function handlerRecord(name: string, dir = tmpdir()): Promise<Record<string, any>> {
  const file = join(dir, name);
  await until(() => existsSync(file));
  let text = '';
  await until(() => {
    text = readFileSync(file, 'utf8');
    return text.endsWith('}');
  });
  rmSync(file, { force: true });
  return JSON.parse(text);
}
