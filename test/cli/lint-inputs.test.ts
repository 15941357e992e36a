import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw, ROOT } from '../support/cli.js';

const FAIL = join(ROOT, 'fixtures/lint/int/type-invalid/fail.yaml');
const PASS = join(ROOT, 'fixtures/lint/int/type-invalid/pass.yaml');

/** A project: definitions at every depth, and what a directory search must leave alone. */
function project(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-dir-'));
  const put = (rel: string, from: string | { text: string }) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    if (typeof from === 'string') copyFileSync(from, join(dir, rel));
    else writeFileSync(join(dir, rel), from.text);
  };
  put('specs/a.yaml', FAIL);
  put('specs/deep/er/b.yml', FAIL);
  put('specs/c.json', { text: JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/p': { get: { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'lambda', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations' } } } } }) });
  put('specs/legacy/old.yaml', FAIL);
  put('specs/ok.yaml', PASS);
  put('specs/notes.txt', { text: 'not yaml' });
  put('specs/.cache/x.yaml', FAIL);
  put('specs/node_modules/pkg/api.yaml', FAIL);
  for (const [rel, text] of Object.entries(extra)) put(rel, { text });
  return dir;
}
const lint = (dir: string, ...args: string[]) => apigw(['lint', '--no-config', ...args], { cwd: dir });
const files = (stdout: string) => [...new Set((JSON.parse(stdout).diagnostics as Array<{ file: string }>).map((d) => d.file))];

describe('apigw lint with directories', () => {
  it('lints every .yaml, .yml and .json inside, recursively, skipping node_modules and dot-directories', () => {
    const r = lint(project(), 'specs', '-f', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(files(r.stdout)).toEqual(['specs/a.yaml', 'specs/c.json', 'specs/deep/er/b.yml', 'specs/legacy/old.yaml']);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 5, errors: 4, warnings: 0, infos: 0 });
  });

  it.each([
    ['a path glob', ['specs/legacy/**']],
    ['a directory name anywhere', ['legacy']],
    ['several globs', ['specs/legacy', '*.json']],
  ])('--ignore with %s skips what it matches', (_name, globs) => {
    const r = lint(project(), 'specs', '-f', 'json', ...globs.flatMap((g) => ['--ignore', g]));
    const expected = ['specs/a.yaml', 'specs/c.json', 'specs/deep/er/b.yml'].filter((f) => !(globs.includes('*.json') && f.endsWith('.json')));
    expect(files(r.stdout)).toEqual(expected);
  });

  it('--ignore applies to quoted globs too, never to a file named on the command line', () => {
    const dir = project();
    expect(files(lint(dir, 'specs/**/*.yaml', '--ignore', 'legacy', '-f', 'json').stdout)).toEqual(['specs/a.yaml']);
    expect(files(lint(dir, 'specs/legacy/old.yaml', '--ignore', 'legacy', '-f', 'json').stdout)).toEqual(['specs/legacy/old.yaml']);
  });

  it('skips, with a note, files found in a directory that are not API definitions; named, they are errors', () => {
    const dir = project({ 'specs/package.json': '{"name": "x"}\n' });
    const found = lint(dir, 'specs', '--ignore', 'legacy');
    expect(found.status).toBe(1);
    expect(found.stderr).toBe('apigw: note: specs/package.json: not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level; skipped\n');
    const named = lint(dir, 'specs/package.json');
    expect(named.status).toBe(2);
    expect(named.stderr).toBe('apigw: error: specs/package.json: not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level\n');
  });

  it('refuses a search that finds no API definition at all, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-configs-'));
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}\n');
    writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
    const r = lint(dir, '.', '-f', 'json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(-2)).toEqual(['apigw: error: no API definitions among the 2 files found', '']);
  });

  it('does not follow a link to a directory (a loop would never end)', () => {
    const dir = project();
    symlinkSync(join(dir, 'specs'), join(dir, 'specs/deep/loop'), 'dir');
    expect(files(lint(dir, 'specs', '-f', 'json').stdout)).toEqual(['specs/a.yaml', 'specs/c.json', 'specs/deep/er/b.yml', 'specs/legacy/old.yaml']);
  });

  it('refuses a directory without definitions, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-empty-'));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(lint(dir, '.')).toEqual({ status: 2, stdout: '', stderr: 'apigw: error: no .yaml, .yml or .json files in "."\n' });
  });
});

describe('apigw lint with files that cannot be read or parsed', () => {
  const broken = () => project({ 'specs/broken.yaml': "swagger: '2.0'\npaths:\n  /a: {get: [}\n" });

  it.each([
    ['json', (out: string) => JSON.parse(out).fileErrors, [{ file: 'specs/broken.yaml', line: 3, column: 14, message: expect.stringMatching(/\S/) }]],
    ['sarif', (out: string) => JSON.parse(out).runs[0].invocations[0].toolExecutionNotifications.map((n: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: unknown } }> }) => [n.locations[0]!.physicalLocation.artifactLocation.uri, n.locations[0]!.physicalLocation.region]), [['specs/broken.yaml', { startLine: 3, startColumn: 14 }]]],
    ['junit', (out: string) => /<testsuite name="specs\/broken\.yaml" tests="1" failures="0" errors="1">\n {4}<testcase classname="specs\/broken\.yaml" name="apigw lint">\n {6}<error type="file" message="[^"]+">specs\/broken\.yaml:3:14: /.test(out) && /errors="1">\n {2}<testsuite/.test(out), true],
  ])('-f %s carries the failed file as an error of its own, beside the others\' findings; exit 2', (format, pick, expected) => {
    const r = lint(broken(), 'specs', '--ignore', 'legacy', '-f', format);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^apigw: error: specs\/broken\.yaml:3:14: .+\n$/);
    expect(pick(r.stdout)).toEqual(expected);
    expect(r.stdout).toContain('specs/a.yaml');
  });

  it('reports a file that does not exist in JSON too', () => {
    const r = lint(project(), 'gone.yaml', 'specs/ok.yaml', '-f', 'json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ fileErrors: [{ file: 'gone.yaml', line: null, column: null, message: 'cannot read: no such file' }], summary: { files: 1 } });
  });
});
