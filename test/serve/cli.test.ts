import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { apigw, BIN, ROOT } from '../support/cli.js';
import { startInvokeServer } from './invoke-server.js';
import { connect } from './websocket-support.js';

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

/** Start `apigw serve … --port 0` and wait for its ready line. */
async function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args, '--port', '0'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /((?:http|ws):\/\/127\.0\.0\.1:\d+(?:\/[\w-]*)?)(?=[\s"])/.exec(out);
      if (m) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  return { child, url, stdout: () => out, stderr: () => err };
}

async function stop(r: Running, signal: NodeJS.Signals): Promise<number | null> {
  const exited = once(r.child, 'exit');
  r.child.kill(signal);
  const [code] = await exited;
  return code as number | null;
}

describe('apigw serve', () => {
  it('prints one ready line, one access-log line per request, and closes cleanly on SIGTERM', async () => {
    const r = await start(['fixtures/serve/rest-mock.yaml', '--stage', 'test', '--stage-variable', 'env=ci']);
    try {
      const res = await fetch(`${r.url}/pets/3`);
      expect(await res.json()).toMatchObject({ id: '3', stage: 'test', path: '/test/pets/3', env: 'ci' });
      await fetch(`${r.url}/nowhere`);
    } finally {
      expect(await stop(r, 'SIGTERM')).toBe(0);
    }
    const lines = r.stdout().trimEnd().split('\n').map((l) => l.replace(/ \d+(\.\d+)?ms/, ' <ms>'));
    expect(lines).toEqual([
      `apigw: serving REST API of fixtures/serve/rest-mock.yaml (stage test) at ${r.url}`,
      'GET /pets/3 -> GET /pets/{id} MOCK 200 <ms>',
      'GET /nowhere -> (no route) - 403 <ms>',
    ]);
    // The definition has lint errors (no method responses declared) and still serves, with the errors printed.
    const stderr = r.stderr().trimEnd().split('\n');
    // One line per lint error, then the count and the not-emulated report.
    const errors = stderr.filter((l) => l.startsWith('apigw: lint error: '));
    expect(errors.length).toBeGreaterThan(0);
    expect(stderr).toEqual([...errors, `apigw: ${errors.length} lint errors (see apigw lint); serving anyway`, stderr.at(-1)]);
    expect(stderr[0]).toBe('apigw: lint error: fixtures/serve/rest-mock.yaml:15:25 resp/status-code-undeclared Integration response "404" of GET /pets/{id} maps to status 404, which is not among the declared responses (none)');
    expect(stderr.slice(-2)).toEqual([
      `apigw: ${errors.length} lint errors (see apigw lint); serving anyway`,
      'apigw: not emulated here: POST /queue: AWS service integrations are not emulated (answers 500)',
    ]);
  });

  it('writes JSON lines with --format json and closes on SIGINT', async () => {
    const r = await start(['fixtures/serve/http-api.yaml', '--format', 'json', '--lambda', 'echo=fixtures/serve/handlers.mjs#echo', '--lambda', 'inferred=fixtures/serve/handlers.mjs#inferred', '--lambda', 'v2=fixtures/serve/handlers.mjs#v2', '--lambda', 'fail=fixtures/serve/handlers.mjs#fail']);
    try {
      expect((await fetch(`${r.url}/inferred`)).status).toBe(200);
    } finally {
      expect(await stop(r, 'SIGINT')).toBe(0);
    }
    const [ready, entry, ...rest] = r.stdout().trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ready).toEqual({ url: r.url, apiType: 'http', stage: 'local' });
    expect(entry).toEqual({ method: 'GET', path: '/inferred', route: 'GET /inferred', integration: 'AWS_PROXY', status: 200, ms: expect.any(Number) });
    expect(rest).toEqual([]);
    expect(r.stderr()).toBe('');
  });

  // --api-key (repeatable) is what methods requiring an API key accept in x-api-key; others get 403 Forbidden
  // (LocalStack test_api_key_required_for_methods, markers.aws.validated).
  it('accepts the keys given by --api-key', async () => {
    const r = await start(['fixtures/serve/rest-guards.yaml', '--api-key', 'one', '--api-key', 'two', '--format', 'json']);
    try {
      const statuses = [];
      for (const key of ['two', 'three']) statuses.push((await fetch(`${r.url}/keyed`, { headers: { 'x-api-key': key } })).status);
      expect(statuses).toEqual([200, 403]);
    } finally {
      expect(await stop(r, 'SIGTERM')).toBe(0);
    }
  });

  // --lambda NAME=http://… calls a Lambda Invoke API endpoint (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html),
  // for authorizers as for integrations; JWT authorizers without --jwks get one loud warning naming their routes.
  it('serves authorizers through an Invoke endpoint and warns about unverified tokens', async () => {
    const remote = await startInvokeServer({ simple: (event) => ({ result: { isAuthorized: event.identitySource[0] === 'yes' } }) });
    const r = await start(['fixtures/serve/http-auth.yaml', '--format', 'json', '--lambda', `simple=${remote.url}`, '--lambda', 'echo=fixtures/serve/handlers.mjs#echo']);
    try {
      const statuses = [];
      for (const token of ['yes', 'no']) statuses.push((await fetch(`${r.url}/simple/1`, { headers: { Authorization: token } })).status);
      expect(statuses).toEqual([200, 403]);
      expect(remote.calls.get('simple')).toBe(2);
    } finally {
      expect(await stop(r, 'SIGTERM')).toBe(0);
      await remote.close();
    }
    const stderr = r.stderr().trimEnd().split('\n').filter((l) => !l.startsWith('apigw: lint error: ') && !/lint errors? \(see apigw lint\)/.test(l));
    expect(stderr).toEqual([
      'apigw: not emulated here: GET /policy: no --lambda given for function httpPolicy (authorizer policy) (answers 500)',
      'apigw: not emulated here: GET /v1: no --lambda given for function v1 (authorizer v1) (answers 500)',
      'apigw: not emulated here: GET /broken: no --lambda given for function broken (authorizer broken) (answers 500)',
      'apigw: WARNING: without --jwks, JWT and Cognito tokens are decoded but their signatures are NOT verified (any well-formed token with the right claims passes): GET /jwt, GET /scoped, GET /jwt-v1',
    ]);
  });

  it('names at start what it does not emulate: routes that answer 500, and what it ignores', async () => {
    const r = await start(['fixtures/serve/rest-limits.yaml']);
    await stop(r, 'SIGTERM');
    const report = r.stderr().split('\n').filter((l) => l.startsWith('apigw: not emulated here: '));
    expect(report).toEqual([
      'apigw: not emulated here: POST /queue: AWS service integrations are not emulated (answers 500)',
      'apigw: not emulated here: GET /private: VPC link integrations are not emulated (answers 500)',
      'apigw: not emulated here: API keys: usage plan throttling and quotas are not applied (ignored)',
      'apigw: not emulated here: Stage: stage throttling is not applied (ignored)',
      'apigw: not emulated here: Plan: usage plan throttling and quotas are not applied (ignored)',
      'apigw: not emulated here: Waf: its WAF web ACL is not applied (ignored)',
      'apigw: not emulated here: Domain: mutual TLS of this custom domain name is not checked (ignored)',
    ]);
  });

  it('serves a WebSocket API at ws://…/<stage>: one access-log line per connect, message and disconnect', async () => {
    const r = await start(['fixtures/serve/websocket/mock.yaml', '--stage', 'dev']);
    expect(r.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/dev$/);
    const c = await connect(r.url);
    c.ws.send('{"action":"echo"}');
    const id = JSON.parse(await c.next()).connectionId as string;
    c.ws.send('{"action":"nowhere"}');
    await c.next();
    await c.close();
    expect(await stop(r, 'SIGTERM')).toBe(0);
    const lines = r.stdout().trimEnd().split('\n').map((l) => l.replace(/ \d+(\.\d+)?ms/, ' <ms>'));
    expect(lines).toEqual([
      `apigw: serving WebSocket API of fixtures/serve/websocket/mock.yaml (stage dev) at ${r.url}`,
      `CONNECT /dev ${id} -> $connect MOCK 200 <ms>`,
      `MESSAGE /dev ${id} -> echo MOCK 200 <ms>`,
      `MESSAGE /dev ${id} -> (no route) - 403 <ms>  no route for "nowhere" and no $default route`,
    ]);
  });

  it('names at start the WebSocket routes it cannot serve', async () => {
    const r = await start(['fixtures/serve/websocket/lambda.yaml', '--lambda', 'EchoFunction=./fixtures/serve/websocket/handlers.mjs#echo']);
    await stop(r, 'SIGTERM');
    const report = r.stderr().split('\n').filter((l) => l.startsWith('apigw: not emulated here: '));
    expect(report).toEqual([
      'apigw: not emulated here: $connect: no --lambda given for function ConnectFunction (the handshake is refused with 500)',
      'apigw: not emulated here: $disconnect: no --lambda given for function DisconnectFunction (ignored)',
      'apigw: not emulated here: fail: no --lambda given for function FailFunction (answers {"message": "Internal server error", ...})',
      'apigw: not emulated here: custom: no --lambda given for function CustomFunction (answers {"message": "Internal server error", ...})',
      'apigw: not emulated here: queue: AWS service integrations (sqs) are not emulated (answers {"message": "Internal server error", ...})',
      'apigw: not emulated here: $connect: no --lambda given for function AuthorizeFunction (authorizer Authorizer) (the handshake is refused with 500)',
    ]);
  });

  it.each([
    { name: 'a missing definition', args: ['serve', 'fixtures/serve/none.yaml'], stderr: 'apigw: error: fixtures/serve/none.yaml: cannot read: no such file\n' },
    { name: 'a missing handler module', args: ['serve', 'fixtures/serve/rest-lambda.yaml', '--lambda', 'echo=./nope.mjs#h'], stderr: 'apigw: error: --lambda echo: cannot read ./nope.mjs: no such file\n' },
    { name: 'a --lambda without a name', args: ['serve', 'fixtures/serve/rest-lambda.yaml', '--lambda', './h.mjs'], stderr: 'apigw: error: --lambda "./h.mjs": expected name=value\n' },
    { name: 'a bad --timeout', args: ['serve', 'fixtures/serve/rest-lambda.yaml', '--timeout', 'soon'], stderr: 'apigw: error: --timeout "soon": expected a duration such as 29s or 500ms\n' },
    { name: 'a missing --jwks file', args: ['serve', 'fixtures/serve/http-auth.yaml', '--jwks', 'fixtures/serve/none.json'], stderr: 'apigw: error: fixtures/serve/none.json: cannot read: no such file\n' },
    { name: 'a --jwks that is no key set', args: ['serve', 'fixtures/serve/http-auth.yaml', '--jwks', 'package.json'], stderr: 'apigw: error: package.json: --jwks expects a JSON Web Key Set: {"keys": [{"kty": ...}, ...]}\n' },
    { name: 'a --lambda URL that is not one', args: ['serve', 'fixtures/serve/rest-lambda.yaml', '--lambda', 'echo=http://'], stderr: 'apigw: error: --lambda echo=http://: not a URL\n' },
    { name: '--api on a definition', args: ['serve', 'fixtures/serve/rest-mock.yaml', '--api', 'Api'], stderr: 'apigw: error: fixtures/serve/rest-mock.yaml: --api picks an API in a CloudFormation template; this is a definition\n' },
  ])('exits 2 on $name', ({ args, stderr }) => {
    expect(apigw(args)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('exits 2 when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolveRun) => {
        const child = spawn(process.execPath, [BIN, 'serve', 'fixtures/serve/rest-mock.yaml', '--port', String(port)], { cwd: ROOT });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('exit', (code) => resolveRun({ code, stderr }));
      });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').at(-2)).toBe(`apigw: error: cannot listen on 127.0.0.1:${port}: the address is in use`);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });
});
