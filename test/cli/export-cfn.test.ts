import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';

const SPEC = 'fixtures/export/rest-lambda/api.yaml';

describe('apigw export cfn', () => {
  it('writes the same YAML to stdout on every run, with long-form intrinsics', () => {
    const a = apigw(['export', 'cfn', SPEC]);
    const b = apigw(['export', 'cfn', SPEC]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toMatch(/!Sub|!Ref|!GetAtt/);
    expect((yaml.load(a.stdout) as { Resources: Record<string, unknown> }).Resources.Api).toBeDefined();
    expect(a.stderr).toBe('');
  });

  it('writes JSON on request', () => {
    const r = apigw(['export', 'cfn', SPEC, '--format', 'json', '--api-type', 'rest']);
    expect(JSON.parse(r.stdout).AWSTemplateFormatVersion).toBe('2010-09-09');
  });

  it('never replaces an existing file without --force, and writes atomically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-export-'));
    const out = join(dir, 'stack.yaml');
    writeFileSync(out, 'mine');
    const refused = apigw(['export', 'cfn', SPEC, '-o', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/exists; refusing to replace it \(use --force\)/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = apigw(['export', 'cfn', SPEC, '-o', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^AWSTemplateFormatVersion/);
    expect(readdirSync(dir)).toEqual(['stack.yaml']);
  });

  it('stops on lint errors: findings on stderr, exit 1, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-export-'));
    const out = join(dir, 'stack.yaml');
    const r = apigw(['export', 'cfn', 'fixtures/lint/int/type-invalid/fail.yaml', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/int\/type-invalid/);
    expect(r.stderr).toMatch(/^apigw: error: [^ ]+\.yaml: the definition has 1 finding\(s\) that make the import or deployment fail; fix them before exporting \(or turn a rule off with --rule if it is wrong\)$/m);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['export', 'cfn', 'nope.yaml'], 'apigw: error: nope.yaml: cannot read: no such file\n'],
    [['export', 'cfn', SPEC, '--lambda', 'orders'], 'apigw: error: --lambda "orders": expected name=value\n'],
  ])('bad input %j exits 2 with one line', (args, stderr) => {
    const r = apigw(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });

  it('refuses a Swagger 2.0 definition as an HTTP API (HTTP APIs import OpenAPI 3.0 only)', () => {
    const r = apigw(['export', 'cfn', 'fixtures/compat/dev.openapi-version.yaml', '--api-type', 'http']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/doc\/swagger-for-http-api/);
  });

  it('refuses a template: it exports a definition, and a template is one already', () => {
    const r = apigw(['export', 'cfn', 'fixtures/templates/stack.yaml']);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toBe(
      'apigw: error: fixtures/templates/stack.yaml: this is a CloudFormation template already; export cfn builds one from an OpenAPI definition\n'
      + '  apigw lint checks the definitions written inline in a template\n',
    );
  });
});
