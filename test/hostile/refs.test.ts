// A definition from a pull request must not make apigw read, or copy into what it writes, files
// outside the reference root, nor block or exhaust memory on what is not a regular file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw, ROOT } from '../support/cli.js';

const HOSTILE = join(ROOT, 'fixtures/hostile');
const OUTSIDE = join(HOSTILE, 'refs-outside-root');
const MARKER = 'SECRET-MARKER-7f3a';
const OUTSIDE_ROOT = 'the file is outside the reference root; --ref-root widens it';

interface Finding {
  file: string;
  line: number;
  column: number;
  pointer: string;
  ruleId: string;
  severity: string;
  message: string;
}

function lintJson(args: string[], cwd = ROOT): { status: number | null; findings: Finding[]; stderr: string } {
  const r = apigw(['lint', ...args, '--format', 'json', '--no-config'], { cwd });
  const findings = r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics : [];
  return { status: r.status, findings, stderr: r.stderr };
}

const row = (f: Finding) => [f.ruleId, f.severity, f.message, f.pointer, `${f.line}:${f.column}`];

describe('lint: a $ref outside the reference root, or to what is not a regular file, is an error finding naming it', () => {
  const run = lintJson(['fixtures/hostile/refs-special/api.yaml']);
  it.each([
    ['an absolute path', 0, '/etc/passwd', OUTSIDE_ROOT, '9:17'],
    ['a relative path that climbs out', 1, '../../../../../../../../../../etc/passwd#/root', OUTSIDE_ROOT, '10:17'],
    ['/dev/zero (never ends)', 2, '/dev/zero', OUTSIDE_ROOT, '11:17'],
    ['/dev/urandom (never ends)', 3, '/dev/urandom', OUTSIDE_ROOT, '12:17'],
    ['a directory', 4, 'parts', 'fixtures/hostile/refs-special/parts: cannot read: is a directory, not a regular file', '13:17'],
  ])('%s', (_name, index, ref, why, at) => {
    const pointer = `/paths/~1items/get/parameters/${index}/$ref`;
    const finding = run.findings.find((f) => f.pointer === pointer);
    expect(finding && row(finding)).toEqual(['ref/unresolved', 'error', `Cannot resolve: $ref "${ref}": ${why}`, pointer, at]);
  });

  it('exits 1 with nothing else found', () => {
    expect(run.status).toBe(1);
    expect(run.findings).toHaveLength(5);
    expect(run.stderr).toBe('');
  });

  it('a device inside a widened root is still not read', () => {
    const r = lintJson(['fixtures/hostile/refs-special/api.yaml', '--ref-root', '/dev']);
    expect(r.status).toBe(1);
    const at = (i: number) => r.findings.find((f) => f.pointer === `/paths/~1items/get/parameters/${i}/$ref`)!.message;
    expect(at(2)).toMatch(/^Cannot resolve: \$ref "\/dev\/zero": (\.\.\/)+dev\/zero: cannot read: is a device, not a regular file$/);
    expect(at(3)).toMatch(/^Cannot resolve: \$ref "\/dev\/urandom": (\.\.\/)+dev\/urandom: cannot read: is a device, not a regular file$/);
  });
});

describe('the reference root: the working directory when the definition lies under it, else its own directory', () => {
  const findings = [
    ['ref/unresolved', 'error', `Cannot resolve: $ref "../refs-secret/secret.yaml#/Secret": ${OUTSIDE_ROOT}`, '/paths/~1items/post/parameters/0/schema/$ref', '12:19'],
    ['ref/unresolved', 'error', `Cannot resolve: $ref "../refs-secret/secret.yaml#/Template": ${OUTSIDE_ROOT}`, '/paths/~1items/post/x-amazon-apigateway-integration/requestTemplates/application~1json/$ref', '22:19'],
  ];

  it('a sibling directory inside the working directory may be read', () => {
    const r = lintJson(['fixtures/hostile/refs-outside-root/api.yaml']);
    expect(r.findings.map(row)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('with the definition\'s directory as the working directory, the sibling is outside', () => {
    const r = lintJson(['api.yaml'], OUTSIDE);
    expect(r.findings.map(row)).toEqual(findings);
    expect(r.status).toBe(1);
  });

  it('run from elsewhere, the definition\'s own directory is the root', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'apigw-refs-'));
    const r = lintJson([join(OUTSIDE, 'api.yaml')], elsewhere);
    expect(r.findings.map((f) => row(f).slice(0, 4))).toEqual(findings.map((f) => f.slice(0, 4)));
    expect(r.status).toBe(1);
  });

  it('--ref-root widens it', () => {
    const r = lintJson(['api.yaml', '--ref-root', '../refs-secret'], OUTSIDE);
    expect(r.findings.map(row)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it.each([
    ['nope', 'apigw: error: --ref-root nope: no such directory\n'],
    ['api.yaml', 'apigw: error: --ref-root api.yaml: not a directory\n'],
  ])('--ref-root %s that is not a directory exits 2', (dir, stderr) => {
    const r = apigw(['lint', 'api.yaml', '--ref-root', dir], { cwd: OUTSIDE });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });
});

describe('no command copies a file from outside the reference root into its output', () => {
  it('export cfn stops on the lint finding', () => {
    const r = apigw(['export', 'cfn', 'api.yaml'], { cwd: OUTSIDE });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`api.yaml:12:19  error  ref/unresolved  Cannot resolve: $ref "../refs-secret/secret.yaml#/Secret": ${OUTSIDE_ROOT}`);
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });

  it('export cfn refuses it even with the lint rule turned off, naming the reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-refs-'));
    cpSync(HOSTILE, join(dir, 'hostile'), { recursive: true });
    const cwd = join(dir, 'hostile/refs-outside-root');
    writeFileSync(join(cwd, 'apigw.config.yaml'), 'rules:\n  ref/unresolved: off\n');
    const r = apigw(['export', 'cfn', 'api.yaml'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`apigw: error: api.yaml:12:13: $ref "../refs-secret/secret.yaml#/Secret": ${OUTSIDE_ROOT}\n`);
  });

  it('convert http refuses it, naming the reference', () => {
    const r = apigw(['convert', 'http', 'api.yaml'], { cwd: OUTSIDE });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`apigw: error: api.yaml:12:13: $ref "../refs-secret/secret.yaml#/Secret": ${OUTSIDE_ROOT}\n`);
  });

  it('with --ref-root, the same file is inlined (the refusal is the root, not the file)', () => {
    const r = apigw(['convert', 'http', 'api.yaml', '--ref-root', '..', '--drop-blocking'], { cwd: OUTSIDE });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`description: ${MARKER}`);
  });
});

describe('inside the root, only regular files of bounded size are read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-refs-'));
  mkdirSync(join(dir, 'parts'));
  const spec = (ref: string) => `swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '${ref}'\n      responses:\n        '200': {description: ok}\n      x-amazon-apigateway-integration: {type: http_proxy, httpMethod: GET, uri: 'https://example.com'}\n`;
  const lintOne = (ref: string) => {
    writeFileSync(join(dir, 'api.yaml'), spec(ref));
    const r = lintJson(['api.yaml'], dir);
    return { status: r.status, rows: r.findings.map(row) };
  };
  const finding = (ref: string, why: string) => ({ status: 1, rows: [['ref/unresolved', 'error', `Cannot resolve: $ref "${ref}": ${why}`, '/paths/~1a/get/parameters/0/$ref', '7:17']] });

  it('a FIFO is neither opened for long nor read (it would block forever)', () => {
    expect(spawnSync('mkfifo', [join(dir, 'parts/pipe.yaml')]).status).toBe(0);
    expect(lintOne('parts/pipe.yaml#/P')).toEqual(finding('parts/pipe.yaml#/P', 'parts/pipe.yaml: cannot read: is a FIFO, not a regular file'));
  });

  it('a symbolic link that leads outside the root is refused', () => {
    symlinkSync(join(HOSTILE, 'refs-secret/secret.yaml'), join(dir, 'parts/link.yaml'));
    expect(lintOne('parts/link.yaml#/Secret')).toEqual(finding('parts/link.yaml#/Secret', `${OUTSIDE_ROOT} (a symbolic link leads there)`));
  });

  it('a file over 32 MiB is not read', () => {
    writeFileSync(join(dir, 'parts/big.yaml'), '');
    truncateSync(join(dir, 'parts/big.yaml'), 32 * 1024 * 1024 + 1);
    expect(lintOne('parts/big.yaml#/P')).toEqual(finding('parts/big.yaml#/P', 'parts/big.yaml: file is larger than 32 MiB, the most apigw reads'));
  });

  it('a regular file is read (the check can pass)', () => {
    writeFileSync(join(dir, 'parts/ok.yaml'), 'P: {name: limit, in: query, type: integer}\n');
    expect(lintOne('parts/ok.yaml#/P')).toEqual({ status: 0, rows: [] });
  });
});

describe('convert http on a $ref to the whole document or to its own file: no internal error', () => {
  it('$ref: \'\' is kept as the local reference it is', () => {
    const r = apigw(['convert', 'http', 'fixtures/hostile/refs-empty/api.yaml']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("      x-amazon-apigateway-integration:\n        $ref: ''\n");
  });

  it('a $ref naming the definition\'s own file is followed like a local one', () => {
    const r = apigw(['convert', 'http', 'fixtures/hostile/refs-self/api.yaml']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/a\n');
    // A schema that refers to itself through the file's name stays one recursive schema.
    expect(r.stdout).toContain("              schema:\n                $ref: '#/components/schemas/Node'\n");
    expect(r.stdout).toContain("        next:\n          $ref: '#/components/schemas/Node'\n");
  });

  it('export cfn on a $ref naming its own file keeps it local (nothing is inlined twice)', () => {
    const r = apigw(['export', 'cfn', 'fixtures/hostile/refs-self/api.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout).Resources.Api.Properties.Body;
    expect(body.paths['/a'].get['x-amazon-apigateway-integration']).toEqual({ $ref: '#/x-integrations/a' });
    expect(body.paths['/a'].get.responses['200'].schema).toEqual({ $ref: '#/definitions/Node' });
    expect(body.definitions.Node.properties.next).toEqual({ $ref: '#/definitions/Node' });
  });
});
