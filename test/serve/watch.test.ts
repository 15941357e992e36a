import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { type Reload, watchServer, type WatchingServer } from '../../src/serve/watch.js';
import { BIN } from '../support/cli.js';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:fn/invocations';

/**
 * A REST API: GET /v is a MOCK answering `{"v": <version>}` (with a lint error: it maps to a 404 it
 * does not declare), GET /r comes from routes.yaml, GET /fn runs handler.mjs.
 */
function definition(version: string): string {
  return `swagger: '2.0'
info: { title: watched, version: '1' }
paths:
  /v:
    get:
      responses: { '200': { description: ok } }
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: { application/json: '{"statusCode": 200}' }
        responses:
          default: { statusCode: '200', responseTemplates: { application/json: '{"v": ${version}}' } }
          '404': { statusCode: '404' }
  /r:
    $ref: './routes.yaml#/r'
  /fn:
    get:
      x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${LAMBDA_URI} }
`;
}

function routes(answer: string): string {
  return `r:
  get:
    responses: { '200': { description: ok } }
    x-amazon-apigateway-integration:
      type: mock
      requestTemplates: { application/json: '{"statusCode": 200}' }
      responses: { default: { statusCode: '200', responseTemplates: { application/json: '{"r": "${answer}"}' } } }
`;
}

const HANDLER = `import { VALUE } from './lib.mjs';
export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ value: VALUE }) });
`;
const lib = (value: string) => `export const VALUE = '${value}';\n`;

/** A folder of its own with the definition, the $ref'd file, the handler and the module it imports. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-watch-'));
  writeFileSync(join(dir, 'api.yaml'), definition('1'));
  writeFileSync(join(dir, 'routes.yaml'), routes('one'));
  writeFileSync(join(dir, 'handler.mjs'), HANDLER);
  writeFileSync(join(dir, 'lib.mjs'), lib('first'));
  return dir;
}

const text = async (url: string) => (await fetch(url)).text();

/** Replaces a file in one step, as editors save: a write in two steps could be seen half done. */
function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

describe('serve --watch (library)', () => {
  let dir: string;
  let server: WatchingServer;
  let url: string;
  let waiting: Array<(r: Reload) => void> = [];
  const nextReload = () => new Promise<Reload>((r) => waiting.push(r));

  beforeAll(async () => {
    dir = project();
    server = watchServer('api.yaml', { cwd: dir, lambdas: { fn: './handler.mjs' }, debounceMs: 20, onReload: (r) => waiting.splice(0).forEach((w) => w(r)) });
    url = await server.listen(0);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('watches the definition, the file it $refs, the handler and the module the handler imports', () => {
    expect(server.watched).toEqual(['api.yaml', 'handler.mjs', 'lib.mjs', 'routes.yaml'].map((f) => join(dir, f)));
  });

  it('serves the new definition on the same port after the file changes', async () => {
    expect(await text(`${url}/v`)).toBe('{"v": 1}');
    const reloaded = nextReload();
    replaceFile(join(dir, 'api.yaml'), definition('2'));
    expect((await reloaded).ok).toBe(true);
    expect(server.url).toBe(url);
    expect(await text(`${url}/v`)).toBe('{"v": 2}');
  });

  it('reloads when a $ref\'d file changes', async () => {
    expect(await text(`${url}/r`)).toBe('{"r": "one"}');
    const reloaded = nextReload();
    replaceFile(join(dir, 'routes.yaml'), routes('two'));
    expect(await reloaded).toMatchObject({ ok: true, changed: [join(dir, 'routes.yaml')] });
    expect(await text(`${url}/r`)).toBe('{"r": "two"}');
  });

  it('runs the new code of a handler after a module it imports changes', async () => {
    expect(await text(`${url}/fn`)).toBe('{"value":"first"}');
    const reloaded = nextReload();
    replaceFile(join(dir, 'lib.mjs'), lib('second'));
    expect(await reloaded).toMatchObject({ ok: true, changed: [join(dir, 'lib.mjs')] });
    expect(await text(`${url}/fn`)).toBe('{"value":"second"}');
  });

  it('keeps serving the last good definition when the file breaks, and reports why', async () => {
    const reloaded = nextReload();
    replaceFile(join(dir, 'api.yaml'), 'swagger: "2.0"\npaths: [\n');
    const r = await reloaded;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBeInstanceOf(UserError);
    expect(await text(`${url}/v`)).toBe('{"v": 2}');
    const fixed = nextReload();
    replaceFile(join(dir, 'api.yaml'), definition('3'));
    expect((await fixed).ok).toBe(true);
    expect(await text(`${url}/v`)).toBe('{"v": 3}');
  });
});

describe('apigw serve --watch', () => {
  it('prints the ready line once, a reload with its lint errors, and a broken definition as one error line while the old one serves', async () => {
    const dir = project();
    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, [BIN, 'serve', 'api.yaml', '--watch', '--lambda', 'fn=./handler.mjs', '--port', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let out = '';
      let err = '';
      const waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
      const check = () => {
        for (const w of waiters.splice(0)) (w.test() ? w.resolve : () => waiters.push(w))();
      };
      const until = (test: () => boolean) => new Promise<void>((resolve) => {
        waiters.push({ test, resolve });
        check();
      });
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        check();
      });
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        check();
      });
      await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(out));
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)![0];
      await until(() => err.includes('serving anyway'));
      const lintAtStart = err;
      expect(lintAtStart).toMatch(/^apigw: lint error: api\.yaml:\d+:\d+ \S+ .*GET \/v maps to status 404/m);
      expect(await text(`${url}/v`)).toBe('{"v": 1}');

      err = '';
      replaceFile(join(dir, 'api.yaml'), definition('2'));
      await until(() => err.includes('serving anyway'));
      expect(err.split('\n')[0]).toBe('apigw: reloaded api.yaml (changed: api.yaml)');
      expect(err).toMatch(/^apigw: lint error: api\.yaml:\d+:\d+ \S+ .*GET \/v maps to status 404/m);
      expect(await text(`${url}/v`)).toBe('{"v": 2}');

      err = '';
      replaceFile(join(dir, 'api.yaml'), 'swagger: "2.0"\npaths: [\n');
      await until(() => err.includes('still serving'));
      expect(err.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^apigw: error: api\.yaml:\d+:\d+: /),
        'apigw: still serving the last definition that loaded',
      ]);
      expect(await text(`${url}/v`)).toBe('{"v": 2}');

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
      expect(out.split('\n').filter((l) => l.startsWith('apigw: serving'))).toHaveLength(1);
      expect(out).toContain('GET /v -> GET /v MOCK 200');
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
