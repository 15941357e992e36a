import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { runRenderTemplate } from '../../src/vtl/run.js';
import { BIN, ROOT } from '../support/cli.js';

/** One test per hostile input in fixtures/hostile/ (proto-*, struct-*, io-*, escape-*, minor-*). */
const H = 'fixtures/hostile';

/** A command line run in process through the CLI's own entry: exit code, stdout, stderr. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, debug: false, cwd: ROOT });
  return { code, stdout, stderr };
}

/** The built bin with a shell redirection (`2>/dev/full`, `>&-`); 'hung' after ten seconds. */
function shell(command: string, cwd = ROOT): Promise<{ code: number | string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command.replace(/^apigw /, `"${process.execPath}" "${BIN}" `)], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'hung', stdout, stderr });
    }, 10_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout, stderr });
    });
  });
}

describe('keys named after Object.prototype members', () => {
  it('proto-root-keys: lint is clean, export and convert keep every key, __proto__ included', async () => {
    expect(await run('lint', `${H}/proto-root-keys.yaml`)).toEqual({ code: 0, stdout: '', stderr: '' });
    const exported = await run('export', 'cfn', `${H}/proto-root-keys.yaml`);
    expect(exported.code).toBe(0);
    const body = (yaml.load(exported.stdout) as { Resources: { Api: { Properties: { Body: Record<string, unknown> } } } }).Resources.Api.Properties.Body;
    for (const [k, v] of [['toString', 'a'], ['constructor', 'b'], ['valueOf', 'c'], ['hasOwnProperty', 'd'], ['__proto__', 'e']]) {
      expect(Object.getOwnPropertyDescriptor(body, k!)?.value).toBe(v);
    }
    const converted = await run('convert', 'http', `${H}/proto-root-keys.yaml`);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain('\nconstructor: b\n');
    expect(converted.stdout).toContain('\n__proto__: e\n');
  });

  it('proto-cors-keys: CORS fields named toString and constructor are unknown fields, not functions', async () => {
    const r = await run('lint', `${H}/proto-cors-keys.yaml`, '-f', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: Record<string, unknown>) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['cors/shape', 7, 3, 'CORS configuration has unknown field "toString"'],
      ['cors/shape', 8, 3, 'CORS configuration has unknown field "constructor"'],
    ]);
  });

  it('proto-subtype-constructor: integrationSubtype constructor is an unknown subtype', async () => {
    const r = await run('lint', `${H}/proto-subtype-constructor.yaml`, '-f', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics.map((d: Record<string, unknown>) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['http/subtype-unknown', 11, 29, 'Integration for POST /pets has integrationSubtype "constructor", which is not a supported subtype'],
    ]);
    expect((await run('export', 'cfn', `${H}/proto-subtype-constructor.yaml`)).code).toBe(1);
  });

  it('proto-getatt-constructor: resources named constructor and toString are not in the stack, so they become Parameters', async () => {
    const r = await run('export', 'cfn', `${H}/proto-getatt-constructor.yaml`);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('they became Parameters: ConstructorArn, ToStringArn');
    expect(Object.keys((yaml.load(r.stdout) as { Parameters: object }).Parameters)).toEqual(['ConstructorArn', 'ToStringArn']);
  });

  it('proto-config-option: rule options named constructor or toString are unknown options (exit 2)', async () => {
    const config = `${H}/proto-config-option.yaml`;
    expect(await run('lint', `${H}/proto-root-keys.yaml`, '-c', config)).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `apigw: error: ${config}: invalid config (2 problems)`,
        `  ${config}:2:19 rules.doc/size-limit: unknown option "constructor" for rule "doc/size-limit"`,
        `  ${config}:2:19 rules.doc/size-limit: unknown option "toString" for rule "doc/size-limit"`,
        '',
      ].join('\n'),
    });
  });

  it('proto-context-flag: render-template --context __proto__.x=1 does not write into Object.prototype', () => {
    const outcome = runRenderTemplate({
      spec: `${H}/proto-base-rest.yaml`, method: 'GET', path: '/pets/1', cwd: ROOT, display: (p) => p,
      header: [], query: [], pathParam: [], stageVar: [], context: ['__proto__.polluted=yes'],
    });
    expect(outcome.problems).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('structure API Gateway cannot import', () => {
  const cases: Array<[string, string, number, number, string]> = [
    ['struct-paths-null', '/paths', 5, 1, 'paths must be a mapping, not null'],
    ['struct-paths-list', '/paths', 5, 8, 'paths must be a mapping, not a list'],
    ['struct-paths-string', '/paths', 5, 8, 'paths must be a mapping, not a string'],
    ['struct-path-item-null', '/paths/~1pets', 6, 3, 'path item "/pets" must be a mapping, not null'],
    ['struct-path-item-list', '/paths/~1pets', 6, 10, 'path item "/pets" must be a mapping, not a list'],
    ['struct-path-item-string', '/paths/~1pets', 6, 10, 'path item "/pets" must be a mapping, not a string'],
    ['struct-operation-null', '/paths/~1pets/get', 7, 5, 'operation GET /pets must be a mapping, not null'],
    ['struct-operation-number', '/paths/~1pets/get', 7, 10, 'operation GET /pets must be a mapping, not a number'],
    ['struct-operation-list', '/paths/~1pets/get', 7, 10, 'operation GET /pets must be a mapping, not a list'],
    ['struct-operation-string', '/paths/~1pets/get', 7, 10, 'operation GET /pets must be a mapping, not a string'],
    ['struct-integration-null', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'integration of GET /pets must be a mapping, not null'],
    ['struct-integration-number', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 40, 'integration of GET /pets must be a mapping, not a number'],
    ['struct-integration-list', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 40, 'integration of GET /pets must be a mapping, not a list'],
    ['struct-integration-string', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 40, 'integration of GET /pets must be a mapping, not a string'],
    ['struct-responses-list', '/paths/~1pets/get/responses', 8, 18, 'responses of GET /pets must be a mapping, not a list'],
  ];
  for (const [name, pointer, line, column, message] of cases) {
    it(`${name}: an error finding in lint, refused by export and convert (exit 1)`, async () => {
      const file = `${H}/${name}.yaml`;
      const linted = await run('lint', file, '-f', 'json');
      expect(linted.code).toBe(1);
      const found = JSON.parse(linted.stdout).diagnostics.filter((d: Record<string, unknown>) => d.ruleId === 'doc/structure-type');
      expect(found.map((d: Record<string, unknown>) => [d.severity, d.pointer, d.line, d.column, d.message])).toEqual([
        ['error', pointer, line, column, `${message}; API Gateway rejects the definition`],
      ]);
      const exported = await run('export', 'cfn', file);
      expect(exported.code).toBe(1);
      expect(exported.stdout).toBe('');
      expect(exported.stderr).toMatch(new RegExp(`^${file}:${line}:${column} +error +doc/structure-type +${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')};`, 'm'));
      const converted = await run('convert', 'http', file);
      expect(converted).toEqual({ code: 1, stdout: '', stderr: `apigw: error: ${file}:${line}:${column}: API Gateway cannot import this definition: ${message} (#${pointer})\n` });
    });
  }
});

describe('output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = (name: string) => {
    const d = join(dir, name);
    mkdirSync(d);
    copyFileSync(`${H}/io-export.yaml`, join(d, 'api.yaml'));
    return d;
  };

  it('io-output-fifo: -o naming a FIFO is refused, even with --force, and the FIFO stays', async () => {
    const d = fresh('fifo');
    execFileSync('mkfifo', [join(d, 'out')]);
    const r = await shell('apigw export cfn api.yaml -o out --force', d);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'apigw: error: cannot write out: it is a named pipe, not a regular file\n' });
    expect(lstatSync(join(d, 'out')).isFIFO()).toBe(true);
  });

  // As root a rename replaces a device node: the test makes its own (a copy of /dev/full's numbers)
  // rather than risk the system's; without root, /dev/full itself cannot be replaced.
  it('io-output-device: -o naming a character device is refused, even with --force', async () => {
    const d = fresh('device');
    const device = process.getuid?.() === 0 ? 'full' : '/dev/full';
    if (device === 'full') execFileSync('mknod', [join(d, device), 'c', '1', '7']);
    const r = await shell(`apigw export cfn api.yaml -o ${device} --force`, d);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `apigw: error: cannot write ${device}: it is a character device, not a regular file\n` });
    expect(lstatSync(join(d, device)).isCharacterDevice()).toBe(true);
  });

  it('io-output-symlink: -o naming a symbolic link writes its target, says so, and keeps the link', async () => {
    const d = fresh('symlink');
    symlinkSync('real.yaml', join(d, 'link.yaml'));
    const missing = await shell('apigw export cfn api.yaml -o link.yaml --force', d);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('apigw: error: cannot write link.yaml: it is a symbolic link to a file that does not exist\n');
    execFileSync('sh', ['-c', 'echo old > real.yaml'], { cwd: d });
    const r = await shell('apigw export cfn api.yaml -o link.yaml --force', d);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('apigw: note: link.yaml is a symbolic link: wrote its target real.yaml\napigw: wrote link.yaml (REST API)\n');
    expect(readlinkSync(join(d, 'link.yaml'))).toBe('real.yaml');
    expect(readFileSync(join(d, 'real.yaml'), 'utf8')).toMatch(/^AWSTemplateFormatVersion/);
  });

  it('io-output-input: -o naming the input is refused, even with --force or another spelling, and the input is unchanged', async () => {
    const d = fresh('input');
    const before = readFileSync(join(d, 'api.yaml'), 'utf8');
    for (const [command, output] of [['export cfn', 'api.yaml'], ['export cfn', './../input/api.yaml'], ['convert http', 'api.yaml']] as const) {
      const r = await shell(`apigw ${command} api.yaml -o ${output} --force --drop-blocking`.replace(' --drop-blocking', command === 'convert http' ? ' --drop-blocking' : ''), d);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `apigw: error: ${output} is the input definition api.yaml; refusing to write over it\n` });
    }
    expect(readFileSync(join(d, 'api.yaml'), 'utf8')).toBe(before);
  });

  it('io-output-dash: -o - writes to standard output and creates no file named -', async () => {
    const d = fresh('dash');
    const r = await shell('apigw export cfn api.yaml -o -', d);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^AWSTemplateFormatVersion: '2010-09-09'\n/);
    expect(existsSync(join(d, '-'))).toBe(false);
  });

  it('io-stderr-full: an error that cannot be written to stderr ends the run with 2 instead of looping', async () => {
    expect(await shell('apigw lint nope.yaml 2>/dev/full')).toEqual({ code: 2, stdout: '', stderr: '' });
  });

  it('io-both-full: findings that cannot be written anywhere end the run with 2, not the 1 they would have given', async () => {
    expect(await shell('apigw lint fixtures/examples/petstore-rest.yaml >/dev/full 2>/dev/full')).toEqual({ code: 2, stdout: '', stderr: '' });
  });

  it('io-stdout-closed: export with standard output closed exits 2 and says so', async () => {
    expect(await shell(`apigw export cfn ${H}/io-export.yaml >&-`)).toEqual({ code: 2, stdout: '', stderr: 'apigw: error: cannot write to standard output: it is closed\n' });
  });

  it('io-stdout-full: a full disk on standard output is one clear line and exit 2, not an internal error', async () => {
    expect(await shell(`apigw export cfn ${H}/io-export.yaml >/dev/full`)).toEqual({ code: 2, stdout: '', stderr: 'apigw: error: cannot write to standard output: no space left on device\n' });
  });

  it('io-stdout-null: standard output sent to /dev/null by the shell is not taken for a closed one', async () => {
    expect(await shell(`apigw export cfn ${H}/io-export.yaml >/dev/null`)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('terminal control characters from a definition', () => {
  const file = `${H}/escape-control-characters.yaml`;
  const message = 'Integration for GET /pets has type "\\x1b]0;pwned\\x07\\x1b[31mred"; expected aws, aws_proxy, http, http_proxy or mock';

  it('escape-control-characters: stylish prints them escaped', async () => {
    const r = await shell(`apigw lint ${file}`);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0007\u001b]/);
    expect(r.stdout.split('\n')[0]).toBe(`${file}:12:15  error  int/type-invalid  ${message}  #/paths/~1pets/get/x-amazon-apigateway-integration/type`);
  });

  it('escape-control-characters: github annotations print them escaped', async () => {
    const r = await shell(`apigw lint ${file} -f github`);
    expect(r.stdout).toBe(`::error file=${file},line=12,col=15,endLine=12,endColumn=38,title=int/type-invalid::${message}\n`);
  });

  it('escape-control-characters: standard error (export refusing it) prints them escaped', async () => {
    const r = await shell(`apigw export cfn ${file}`);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0007\u001b]/);
    expect(r.stderr).toContain(message);
  });
});

describe('minor cases', () => {
  it('minor-json-trailing-comma: a trailing comma in JSON is a syntax error with its line and column', async () => {
    expect(await run('lint', `${H}/minor-json-trailing-comma.json`)).toEqual({
      code: 2, stdout: '', stderr: `apigw: error: ${H}/minor-json-trailing-comma.json:3:54: trailing comma (JSON allows none)\n`,
    });
  });

  it('minor-getatt-mapping: !GetAtt with a mapping is a parse error at its line', async () => {
    for (const command of [['lint'], ['export', 'cfn']]) {
      expect(await run(...command, `${H}/minor-getatt-mapping.yaml`)).toEqual({
        code: 2, stdout: '', stderr: `apigw: error: ${H}/minor-getatt-mapping.yaml:15:36: !GetAtt takes Resource.Attribute or [Resource, Attribute], not a mapping\n`,
      });
    }
  });

  it('minor-getatt-long-mapping: export refuses Fn::GetAtt with a mapping instead of a Parameter named ObjectObject', async () => {
    expect(await run('export', 'cfn', `${H}/minor-getatt-long-mapping.yaml`)).toEqual({
      code: 2, stdout: '', stderr: `apigw: error: ${H}/minor-getatt-long-mapping.yaml: Fn::GetAtt takes "Resource.Attribute" or [Resource, Attribute], not {"a":1}\n`,
    });
  });

  it('minor-status-abc: render-template --status takes only a status code (usage error, exit 2)', async () => {
    const r = await run('render-template', '--spec', `${H}/proto-base-rest.yaml`, '-m', 'GET', '-p', '/pets/1', '--response', '--status', 'abc');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: option '--status <code>' argument 'abc' is invalid. expected an HTTP status code from 100 to 599, such as 200\n");
    expect((await run('render-template', '--spec', `${H}/proto-base-rest.yaml`, '-m', 'GET', '-p', '/pets/1', '--response', '--status', '404')).code).toBe(0);
  });
});
