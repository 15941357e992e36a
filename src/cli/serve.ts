import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { UserError } from '../errors.js';
import { lint } from '../lint/index.js';
import { isInvokeEndpoint } from '../serve/lambda-invoke.js';
import { parseHandler } from '../serve/lambda-pool.js';
import { type AccessLogEntry, type ApiServer, createServer } from '../serve/server.js';
import type { Reload } from '../serve/watch.js';
import { type Io, printError } from './io.js';

export interface ServeCliOptions {
  port: number;
  host: string;
  apiType: 'rest' | 'http' | 'websocket' | 'auto';
  api?: string;
  stage?: string;
  stageVariable: string[];
  lambda: string[];
  timeout: string;
  httpTarget: string[];
  apiKey: string[];
  jwks?: string;
  format: 'stylish' | 'json';
  watch?: boolean;
}

function pairs(list: string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const i = item.indexOf('=');
    if (i <= 0) throw new UserError(`${flag} "${item}": expected name=value`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

/** `--jwks FILE`: a JSON Web Key Set, `{"keys": [...]}`. */
function readJwks(file: string, cwd: string): JSONWebKeySet {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'cannot read: no such file' : `not JSON: ${(err as Error).message}`, { file, cause: err });
  }
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || !keys.every((k) => k !== null && typeof k === 'object' && typeof (k as { kty?: unknown }).kty === 'string')) {
    throw new UserError('--jwks expects a JSON Web Key Set: {"keys": [{"kty": ...}, ...]}', { file });
  }
  return value as JSONWebKeySet;
}

/** `29s`, `500ms` or a number of seconds. */
export function parseTimeout(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text.trim());
  if (!m || Number(m[1]) <= 0) throw new UserError(`--timeout "${text}": expected a duration such as 29s or 500ms`);
  return m[2] === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
}

function logLine(e: AccessLogEntry, format: 'stylish' | 'json'): string {
  if (format === 'json') return JSON.stringify(e);
  return `${e.method} ${e.path}${e.connectionId ? ` ${e.connectionId}` : ''} -> ${e.route ?? '(no route)'} ${e.integration ?? '-'} ${e.status} ${e.ms}ms${e.note ? `  ${e.note}` : ''}`;
}

/** Serves until SIGINT or SIGTERM, then closes the server and its handlers' threads. */
export async function serveCommand(file: string, opts: ServeCliOptions, io: Io): Promise<number> {
  const lambdas = pairs(opts.lambda, '--lambda');
  for (const [name, spec] of Object.entries(lambdas)) {
    if (isInvokeEndpoint(spec)) {
      if (!URL.canParse(spec)) throw new UserError(`--lambda ${name}=${spec}: not a URL`);
      continue;
    }
    const { module } = parseHandler(spec, io.cwd);
    if (!existsSync(module)) throw new UserError(`--lambda ${name}: cannot read ${spec.replace(/#.*$/, '')}: no such file`);
  }
  const accessLog = batchedLines(io);
  const serveOptions = {
    cwd: io.cwd, apiType: opts.apiType, api: opts.api, stage: opts.stage, stageVariables: pairs(opts.stageVariable, '--stage-variable'),
    lambdas, apiKeys: opts.apiKey, jwks: opts.jwks === undefined ? undefined : readJwks(opts.jwks, io.cwd), timeoutMs: parseTimeout(opts.timeout), httpTargets: Object.entries(pairs(opts.httpTarget, '--http-target')).map(([from, to]) => ({ from, to })), onRequest: (e: AccessLogEntry) => accessLog.add(logLine(e, opts.format)),
  };
  let reports = Promise.resolve();
  const onReload = (r: Reload) => {
    reports = reports.then(() => reportReload(file, r, opts, io));
  };
  const server = opts.watch ? (await import('../serve/watch.js')).watchServer(file, { ...serveOptions, onReload }) : createServer(file, serveOptions);
  await reportLoad(file, server, opts, io);
  try {
    await server.listen(opts.port, opts.host);
  } catch (err) {
    await server.close();
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`cannot listen on ${opts.host}:${opts.port}: ${code === 'EADDRINUSE' ? 'the address is in use' : (err as Error).message}`, { cause: err });
  }
  const kind = server.apiType === 'http' ? 'HTTP API' : server.apiType === 'websocket' ? 'WebSocket API' : 'REST API';
  // A WebSocket API is reached at ws://host:port/<stage>, its @connections API at http://host:port/<stage>/@connections.
  const url = server.apiType === 'websocket' ? `${server.url.replace(/^http/, 'ws')}/${server.stage}` : server.url;
  if (opts.format === 'json') io.stdout(JSON.stringify({ url, apiType: server.apiType, stage: server.stage }) + '\n');
  else io.stdout(`apigw: serving ${kind} of ${file} (stage ${server.stage}) at ${url}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  accessLog.flush();
  await reports;
  return 0;
}

/** Access-log lines, written together once per turn of the event loop: one write for many requests under load. */
function batchedLines(io: Io): { add: (line: string) => void; flush: () => void } {
  let pending = '';
  const flush = () => {
    const text = pending;
    pending = '';
    if (text) io.stdout(text);
  };
  return {
    add(line) {
      if (!pending) setImmediate(flush);
      pending += line + '\n';
    },
    flush,
  };
}

/** Lint errors (a definition API Gateway would refuse still serves, so that it can be tried while it is fixed) and what is not emulated. */
async function reportLoad(file: string, server: ApiServer, opts: ServeCliOptions, io: Io): Promise<void> {
  const { diagnostics } = await lint(file, { cwd: io.cwd, apiType: opts.apiType });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) io.stderr(`apigw: lint error: ${d.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}\n`);
  if (errors.length) io.stderr(`apigw: ${errors.length} lint error${errors.length === 1 ? '' : 's'} (see apigw lint); serving anyway\n`);
  for (const n of server.notEmulated) io.stderr(`apigw: not emulated here: ${n.route}: ${n.reason} (${n.effect ?? 'answers 500'})\n`);
  if (server.unverifiedTokens.length) {
    io.stderr(`apigw: WARNING: without --jwks, JWT and Cognito tokens are decoded but their signatures are NOT verified (any well-formed token with the right claims passes): ${server.unverifiedTokens.join(', ')}\n`);
  }
}

/** After a change under --watch: the reload and its lint errors, or why the last good definition still serves. */
async function reportReload(file: string, r: Reload, opts: ServeCliOptions, io: Io): Promise<void> {
  const changed = r.changed.map((f) => relative(io.cwd, f) || f).join(', ');
  if (!r.ok) {
    printError(io, r.error);
    io.stderr(`apigw: still serving the last definition that loaded\n`);
    return;
  }
  io.stderr(`apigw: reloaded ${file}${changed ? ` (changed: ${changed})` : ''}\n`);
  try {
    await reportLoad(file, r.server, opts, io);
  } catch (err) {
    printError(io, err);
  }
}
