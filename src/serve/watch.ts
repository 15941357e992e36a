import { existsSync, type FSWatcher, readFileSync, statSync, watch } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInvokeEndpoint } from './lambda-invoke.js';
import { parseHandler } from './lambda-pool.js';
import { type Listening, listenHttp, type RequestHandler } from './listen.js';
import { type ApiServer, createServer, type ServeOptions } from './server.js';

/** What a reload came to: the new definition serves, or the last good one still does. */
export type Reload =
  | { ok: true; changed: string[]; server: ApiServer }
  | { ok: false; changed: string[]; error: unknown };

export interface WatchOptions extends ServeOptions {
  /** Called after every reload a change caused, whether it worked or not. */
  onReload?: (reload: Reload) => void;
  /** Quiet time after the last change before reloading (default 100 ms): an editor's save is often several writes. */
  debounceMs?: number;
}

export interface WatchingServer extends ApiServer {
  /** The files watched now, absolute. */
  readonly watched: string[];
  /** Reloads now, as a change would. */
  reload(changed?: string[]): Promise<Reload>;
}

/** Local imports followed from a handler module, at most: a guard against a generated tree. */
const MAX_MODULES = 500;
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"\n]+)['"]/g;
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '/index.js', '/index.mjs'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A module and the local modules it imports, transitively (`./x`, `../y`; packages are not followed). */
function addModule(file: string, into: Set<string>): void {
  if (into.has(file) || into.size >= MAX_MODULES) return;
  into.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  for (const m of text.matchAll(LOCAL_IMPORT)) {
    const base = resolve(dirname(file), m[1]!);
    const found = EXTENSIONS.map((ext) => base + ext).find(isFile);
    if (found) addModule(found, into);
  }
}

/**
 * `serve --watch`: the server keeps its port and connections while the definition, every file its
 * `$ref`s reach and the `--lambda` handler modules (with their local imports) are watched. On a
 * change the definition is read again and the handlers start in new threads; requests already
 * running finish on the old ones. A definition that no longer loads leaves the last good one serving.
 */
export function watchServer(definition: string, options: WatchOptions = {}): WatchingServer {
  const { onReload, debounceMs = 100, ...serveOptions } = options;
  const cwd = serveOptions.cwd ?? process.cwd();
  const definitionFile = resolve(cwd, definition);
  let current = createServer(definition, serveOptions);
  let listening: Listening | undefined;
  let closed = false;

  const inFlight = new Map<ApiServer, number>();
  const retired = new Set<ApiServer>();
  const closing: Array<Promise<void>> = [];
  function retire(server: ApiServer): void {
    if (inFlight.get(server)) retired.add(server);
    else closing.push(server.close());
  }
  const handleRequest: RequestHandler = (incoming, res) => {
    const server = current;
    inFlight.set(server, (inFlight.get(server) ?? 0) + 1);
    res.once('close', () => {
      const left = inFlight.get(server)! - 1;
      if (left > 0) return void inFlight.set(server, left);
      inFlight.delete(server);
      if (retired.delete(server)) closing.push(server.close());
    });
    server.handleRequest(incoming, res);
  };

  const watchers = new Map<string, { watcher: FSWatcher; names: Set<string> }>();
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  function filesOf(server: ApiServer): string[] {
    const files = new Set<string>([definitionFile, ...server.files]);
    const modules = new Set<string>();
    for (const spec of Object.values(serveOptions.lambdas ?? {})) {
      if (isInvokeEndpoint(spec)) continue;
      const { module } = parseHandler(spec, cwd);
      if (existsSync(module)) addModule(module, modules);
    }
    return [...files, ...modules];
  }

  /** Watches the folders of the files (an editor may replace a file rather than write it). */
  function watchFiles(files: string[]): void {
    const wanted = new Map<string, Set<string>>();
    for (const f of files) {
      const dir = dirname(f);
      if (!wanted.has(dir)) wanted.set(dir, new Set());
      wanted.get(dir)!.add(basename(f));
    }
    for (const [dir, entry] of watchers) {
      if (!wanted.has(dir)) {
        entry.watcher.close();
        watchers.delete(dir);
      }
    }
    for (const [dir, names] of wanted) {
      const entry = watchers.get(dir);
      if (entry) {
        entry.names = names;
        continue;
      }
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          const e = watchers.get(dir);
          if (e && (name === null || e.names.has(name.toString()))) schedule(name === null ? dir : join(dir, name.toString()));
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, { watcher, names });
      } catch {
        // A folder that cannot be watched (gone, no permission) is left out.
      }
    }
  }

  function schedule(file: string): void {
    if (closed) return;
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed = new Set();
      void reload(files);
    }, debounceMs);
  }

  function reload(files: string[] = []): Promise<Reload> {
    const next = running.then((): Reload => {
      if (closed) return { ok: false, changed: files, error: new Error('the server is closed') };
      let server: ApiServer;
      try {
        server = createServer(definition, serveOptions);
      } catch (error) {
        watchFiles(filesOf(current));
        return { ok: false, changed: files, error };
      }
      const old = current;
      current = server;
      retire(old);
      watchFiles(filesOf(server));
      return { ok: true, changed: files, server };
    }).then((result) => {
      if (!closed) onReload?.(result);
      return result;
    });
    running = next.catch(() => undefined);
    return next;
  }

  watchFiles(filesOf(current));

  return {
    get url() {
      return listening?.url ?? '';
    },
    get apiType() {
      return current.apiType;
    },
    get stage() {
      return current.stage;
    },
    get notEmulated() {
      return current.notEmulated;
    },
    get unverifiedTokens() {
      return current.unverifiedTokens;
    },
    get files() {
      return current.files;
    },
    get watched() {
      return [...watchers].flatMap(([dir, e]) => [...e.names].map((n) => join(dir, n))).sort();
    },
    handleRequest,
    reload,
    async listen(port = 0, host = '127.0.0.1') {
      // A WebSocket API's handshakes go to the server of the moment; its open connections end when a reload retires it.
      listening = await listenHttp(handleRequest, port, host, (incoming, socket, head) => {
        if (current.handleUpgrade) current.handleUpgrade(incoming, socket, head);
        else socket.destroy();
      });
      return listening.url;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
      await running;
      const l = listening;
      listening = undefined;
      await l?.close();
      for (const server of retired) closing.push(server.close());
      retired.clear();
      await Promise.all([...closing, current.close()]);
    },
  };
}
