import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What an invocation came to: the function's result, an error it raised, or no answer in time. */
export type Invocation =
  | { kind: 'result'; value: unknown }
  | { kind: 'error'; errorMessage: string; errorType: string; trace?: string[] }
  | { kind: 'timeout' }
  | { kind: 'crash'; message: string }
  /** The function could not be invoked at all (its Invoke endpoint refused or failed). */
  | { kind: 'unreachable'; message: string };

export interface LocalHandler {
  /** Absolute path of the module. */
  module: string;
  /** Its export that is the handler (default `handler`). */
  exportName: string;
}

// Runs in a worker thread: imports the handler module once, then answers one invocation at a time.
// A handler that throws, rejects, exits or loops forever only ends (or is ended with) its worker.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let handlerPromise;
function load() {
  return handlerPromise ??= import(workerData.url).then((m) => {
    const h = m[workerData.exportName] ?? (m.default && m.default[workerData.exportName]);
    if (typeof h !== 'function') throw new Error('module ' + workerData.module + ' has no exported function "' + workerData.exportName + '"');
    return h;
  });
}
parentPort.on('message', async ({ event, context }) => {
  try {
    const h = await load();
    const value = await new Promise((resolve, reject) => {
      const cb = (err, v) => (err ? reject(err) : resolve(v));
      const r = h(event, context, cb);
      if (r && typeof r.then === 'function') r.then(resolve, reject);
      else if (h.length < 3) resolve(r);
    });
    parentPort.postMessage({ kind: 'result', value: value === undefined ? null : JSON.parse(JSON.stringify(value)) });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort.postMessage({ kind: 'error', errorMessage: e.message, errorType: e.name || 'Error', trace: String(e.stack || '').split('\\n') });
  }
});
`;

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** `./handler.mjs#export` (export defaults to `handler`) resolved from `cwd`. */
export function parseHandler(spec: string, cwd: string): LocalHandler {
  const hash = spec.lastIndexOf('#');
  const file = hash > 0 ? spec.slice(0, hash) : spec;
  const exportName = hash > 0 ? spec.slice(hash + 1) : 'handler';
  return { module: resolve(cwd, file), exportName: exportName || 'handler' };
}

/**
 * Worker threads for one local function, like Lambda's execution environments: each runs one
 * invocation at a time, a new one starts when all are busy (up to `max`), and one that exceeds
 * the timeout or dies is thrown away.
 */
export class FunctionPool {
  private readonly idle: Slot[] = [];
  private readonly all = new Set<Slot>();
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(readonly handler: LocalHandler, private readonly timeoutMs: number, private readonly max = 4) {}

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { url: pathToFileURL(this.handler.module).href, module: this.handler.module, exportName: this.handler.exportName },
      stdout: true,
      stderr: true,
    });
    // What a handler prints is its log, not the server's output: it goes to standard error.
    worker.stdout.pipe(process.stderr, { end: false });
    worker.stderr.pipe(process.stderr, { end: false });
    worker.unref();
    const slot: Slot = { worker, busy: false };
    this.all.add(slot);
    return slot;
  }

  private async acquire(): Promise<Slot | undefined> {
    for (;;) {
      if (this.closed) return undefined;
      const slot = this.idle.pop();
      if (slot) return slot;
      if (this.all.size < this.max) return this.spawn();
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  private release(slot: Slot, keep: boolean): void {
    slot.busy = false;
    if (keep && !this.closed) this.idle.push(slot);
    else {
      this.all.delete(slot);
      void slot.worker.terminate();
    }
    this.waiting.shift()?.();
  }

  async invoke(event: unknown, context: Record<string, unknown>): Promise<Invocation> {
    const slot = await this.acquire();
    if (!slot) return { kind: 'crash', message: 'the server is closing' };
    slot.busy = true;
    return new Promise<Invocation>((resolveInvocation) => {
      const { worker } = slot;
      const done = (outcome: Invocation, keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.release(slot, keep);
        resolveInvocation(outcome);
      };
      const onMessage = (m: Invocation) => done(m, true);
      const onError = (err: Error) => done({ kind: 'error', errorMessage: err.message, errorType: err.name || 'Error' }, false);
      const onExit = (code: number) => done({ kind: 'crash', message: `the handler's thread exited with code ${code}` }, false);
      const timer = setTimeout(() => done({ kind: 'timeout' }, false), this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ event, context });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.all].map((s) => s.worker);
    this.all.clear();
    this.idle.length = 0;
    for (const w of this.waiting.splice(0)) w();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
