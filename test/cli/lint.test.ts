import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';

const FAIL = 'fixtures/lint/int/type-invalid/fail.yaml';
const PASS = 'fixtures/lint/int/type-invalid/pass.yaml';
const WARN = 'fixtures/lint/path/method-without-integration/fail.yaml';

describe('apigw lint', () => {
  it('exits 0 and prints nothing for a clean definition', () => {
    const r = apigw(['lint', PASS]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and prints one aligned line per finding', () => {
    const r = apigw(['lint', FAIL]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${FAIL}:12:15  error  int/type-invalid  Integration for GET /pets has type "lambda"; expected aws, aws_proxy, http, http_proxy or mock  #/paths/~1pets/get/x-amazon-apigateway-integration/type`,
    );
    expect(lines.at(-1)).toBe('1 problem (1 error, 0 warnings, 0 info)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours the report on request: --color, FORCE_COLOR; never with --no-color or NO_COLOR', () => {
    // The report goes to a pipe here, which is not coloured unless asked.
    const ansi = /\u001b\[/;
    expect(apigw(['lint', FAIL]).stdout).not.toMatch(ansi);
    expect(apigw(['lint', FAIL, '--color']).stdout).toMatch(ansi); // the flag beats NO_COLOR (no-color.org)
    expect(apigw(['lint', FAIL], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(apigw(['lint', FAIL], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(apigw(['lint', FAIL, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });

  it('sorts findings by file, line and column whatever order the files are named in', () => {
    const files = (args: string[]) =>
      (JSON.parse(apigw(['lint', ...args, '--format', 'json']).stdout) as { diagnostics: Array<{ file: string; line: number }> }).diagnostics.map((d) => `${d.file}:${d.line}`);
    const forward = files([WARN, FAIL]);
    expect(files([FAIL, WARN])).toEqual(forward);
    expect(forward).toEqual([...forward].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(new Set(forward.map((f) => f.split(':')[0])).size).toBe(2);
  });

  it('prints exactly the documented JSON', () => {
    const r = apigw(['lint', FAIL, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      diagnostics: [
        {
          file: FAIL, line: 12, column: 15, endLine: 12, endColumn: 21,
          pointer: '/paths/~1pets/get/x-amazon-apigateway-integration/type', ruleId: 'int/type-invalid', severity: 'error',
          message: 'Integration for GET /pets has type "lambda"; expected aws, aws_proxy, http, http_proxy or mock',
        },
      ],
      fileErrors: [],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
    });
  });

  it('fails on warnings only when asked', () => {
    expect(apigw(['lint', WARN]).status).toBe(0);
    expect(apigw(['lint', WARN, '--fail-on', 'warning']).status).toBe(1);
    expect(apigw(['lint', WARN, '--max-warnings', '0']).status).toBe(1);
    expect(apigw(['lint', WARN, '--max-warnings', '1']).status).toBe(0);
  });

  it('--quiet shows errors only; --rule changes a severity', () => {
    expect(apigw(['lint', WARN, '--quiet']).stdout).toBe('');
    const r = apigw(['lint', WARN, '--rule', 'path/method-without-integration=error']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error {2}path\/method-without-integration/);
    expect(apigw(['lint', FAIL, '-r', 'int/type-invalid=off']).status).toBe(0);
  });

  it('refuses an unknown rule with a suggestion (exit 2)', () => {
    const r = apigw(['lint', FAIL, '--rule', 'int/type-invalidd=off']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: --rule "int/type-invalidd=off": unknown rule "int/type-invalidd" (did you mean "int/type-invalid"?)\n');
  });

  it('reads standard input', () => {
    const r = apigw(['lint', '-', '--format', 'json'], { input: readFileSync(FAIL, 'utf8') });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0].file).toBe('<stdin>');
  });

  it('expands quoted globs', () => {
    const r = apigw(['lint', 'fixtures/lint/int/type-*/*.yaml', '--format', 'json']);
    expect(JSON.parse(r.stdout).summary.files).toBe(12);
  });

  it.each([
    [['lint', 'nope.yaml'], 'apigw: error: nope.yaml: cannot read: no such file\n'],
    [['lint', 'fixtures/render', '--ignore', '*'], 'apigw: error: no .yaml, .yml or .json files in "fixtures/render" (after --ignore)\n'],
    [['lint', 'fixtures/*.nothing'], 'apigw: error: no files match "fixtures/*.nothing"\n'],
  ])('bad input %j: one line on stderr, exit 2', (args, stderr) => {
    const r = apigw(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });

  it('names the line of a syntax error and prints no stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-cli-'));
    writeFileSync(join(dir, 'broken.yaml'), "swagger: '2.0'\npaths:\n  /a: {get: [}\n");
    const r = apigw(['lint', 'broken.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^apigw: error: broken\.yaml:3:\d+: .+\n$/);
  });

  it('refuses a document that is not OpenAPI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-cli-'));
    writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n');
    const r = apigw(['lint', 'pod.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: pod.yaml: not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level (looks like a Kubernetes Pod)\n');
  });

  it('refuses a YAML alias bomb quickly with one line (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-cli-'));
    const levels = ['  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    'bcdefghi'.split('').forEach((n, i) => levels.push(`  ${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`));
    writeFileSync(join(dir, 'bomb.yaml'), `swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\nx-bomb:\n${levels.join('\n')}\n`);
    const r = apigw(['lint', 'bomb.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: bomb.yaml: document expands to too many nodes (repeated YAML aliases?)\n');
  });

  it('keeps going after a bad file but exits 2', () => {
    const r = apigw(['lint', 'nope.yaml', FAIL, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
  });

  it('maps usage errors to exit 2 and keeps --help and --version at 0', () => {
    expect(apigw(['lint']).status).toBe(2);
    expect(apigw(['lint', FAIL, '--format', 'xml']).status).toBe(2);
    expect(apigw(['lint', FAIL, '--bogus']).status).toBe(2);
    expect(apigw(['frobnicate']).status).toBe(2);
    const help = apigw(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/lint/);
    const version = apigw(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('never modifies the input', () => {
    const before = createHash('sha256').update(readFileSync(FAIL)).digest('hex');
    apigw(['lint', FAIL, '--format', 'sarif']);
    expect(createHash('sha256').update(readFileSync(FAIL)).digest('hex')).toBe(before);
  });
});

describe('config files', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-config-'));
    writeFileSync(join(dir, 'api.yaml'), readFileSync(FAIL));
    return dir;
  };

  it('are found upward and applied, with overrides by glob', () => {
    const dir = project();
    writeFileSync(join(dir, 'apigw.config.yaml'), 'extends: recommended\nrules:\n  int/type-invalid: warning\n');
    expect(apigw(['lint', 'api.yaml'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'apigw.config.yaml'), "rules:\n  int/type-invalid: warning\noverrides:\n  - files: ['*.yaml']\n    rules:\n      int/type-invalid: error\n");
    expect(apigw(['lint', 'api.yaml'], { cwd: dir }).status).toBe(1);
    expect(apigw(['lint', 'api.yaml', '--no-config', '--rule', 'int/type-invalid=info'], { cwd: dir }).status).toBe(0);
  });

  it('report every problem at once with file:line:col (exit 2)', () => {
    const dir = project();
    writeFileSync(join(dir, 'apigw.config.yaml'), 'extend: recommended\nrules:\n  int/type-invald: error\n  int/uri-missing: fatal\n');
    const r = apigw(['lint', 'api.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      [
        'apigw: error: apigw.config.yaml: invalid config (3 problems)',
        '  apigw.config.yaml:1:1 extend: unknown key "extend" (did you mean "extends"?)',
        '  apigw.config.yaml:3:3 rules.int/type-invald: unknown rule "int/type-invald" (did you mean "int/type-invalid"?)',
        '  apigw.config.yaml:4:20 rules.int/uri-missing: severity must be one of off, info, warning, error, got "fatal"',
        '',
      ].join('\n'),
    );
  });
});
