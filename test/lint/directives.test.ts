import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintText } from '../../src/lint/index.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { apigw, ROOT } from '../support/cli.js';

const DIR = join(ROOT, 'fixtures/directives');
const tmp = mkdtempSync(join(tmpdir(), 'apigw-directives-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The same files with every directive turned into a plain comment of the same length. */
function withoutDirectives(): string {
  const dir = mkdtempSync(join(tmp, 'plain-'));
  for (const f of ['api.yaml', 'toys.yaml']) {
    const text = readFileSync(join(DIR, f), 'utf8');
    writeFileSync(join(dir, f), text.replace(/apigw-disable-[^\r\n]*/g, (m) => ' '.repeat(m.length)));
  }
  return dir;
}

const key = (d: Diagnostic) => `${d.file.split('/').pop()}:${d.range.start.line}:${d.ruleId}`;

describe('# apigw-disable comments', () => {
  it('drop exactly the findings on the lines they name, in the file they are written in', async () => {
    const plain = await lint(join(withoutDirectives(), 'api.yaml'), { apiType: 'rest' });
    const real = await lint(join(DIR, 'api.yaml'), { apiType: 'rest' });
    const suppressed = new Set(['api.yaml:20:uri/path-param-not-mapped', 'api.yaml:21:int/timeout-above-default', 'toys.yaml:11:int/timeout-above-default']);
    // Every suppressed finding exists without the comments.
    expect(plain.diagnostics.map(key)).toEqual(expect.arrayContaining([...suppressed]));
    const kept = plain.diagnostics.map(key).filter((k) => !suppressed.has(k));
    // The comment naming a rule that reports nothing there is itself reported.
    expect(real.diagnostics.map(key).sort()).toEqual([...kept, 'api.yaml:38:doc/disable-directive'].sort());
    // What they dropped is handed back apart, with the reason written after `--`.
    expect(real.suppressed.map(key)).toEqual([...suppressed]);
    expect(real.suppressed.map((d) => d.suppression)).toEqual([
      { kind: 'inSource', justification: 'the back end reads the id from the query' },
      { kind: 'inSource' },
      { kind: 'inSource' },
    ]);
    // The counts leave the suppressed findings out and take the directive finding in.
    const count = (ds: Diagnostic[], severity: Diagnostic['severity']) => ds.filter((d) => d.severity === severity).length;
    expect(real.summary).toEqual({
      files: 1,
      errors: count(plain.diagnostics, 'error') - count(real.suppressed, 'error'),
      warnings: count(plain.diagnostics, 'warning') - count(real.suppressed, 'warning') + 1,
      infos: count(plain.diagnostics, 'info') - count(real.suppressed, 'info'),
    });
  });

  it('still suppress when doc/disable-directive is off, and then report nothing about themselves', async () => {
    const r = await lint(join(DIR, 'api.yaml'), { apiType: 'rest', rules: { 'doc/disable-directive': 'off' } });
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('doc/disable-directive');
    expect(r.diagnostics.map(key)).not.toContain('api.yaml:20:uri/path-param-not-mapped');
  });

  it('work in a CRLF file', () => {
    const text = readFileSync(join(DIR, 'api.yaml'), 'utf8').replace(/\n/g, '\r\n');
    copyFileSync(join(DIR, 'toys.yaml'), join(tmp, 'toys.yaml'));
    const r = lintText(text, join(tmp, 'api.yaml'), { apiType: 'rest' });
    expect(r.diagnostics.map(key)).not.toContain('api.yaml:20:uri/path-param-not-mapped');
    expect(r.diagnostics.map(key)).toContain('api.yaml:38:doc/disable-directive');
  });

  it('are only comments: the same words in a JSON string suppress nothing', () => {
    // Pretty-printed, the string sits on the line just above the finding, after white space.
    const integration = { type: 'http', httpMethod: 'GET', uri: 'https://example.com', 'x-note': 'see # apigw-disable-next-line -- any rule', timeoutInMillis: 90000 };
    const doc = { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': integration } } } };
    const text = JSON.stringify(doc, null, 2);
    const lines = text.split('\n');
    expect(lines[lines.findIndex((l) => l.includes('apigw-disable')) + 1]).toContain('timeoutInMillis');
    const r = lintText(text, join(tmp, 'api.json'), { apiType: 'rest' });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('int/timeout-above-default');
  });

  it('leave suppressed findings out of every format but SARIF, where they are dismissed in source', () => {
    const args = ['lint', 'fixtures/directives/api.yaml', '--no-config'];
    const json = JSON.parse(apigw([...args, '--format', 'json']).stdout) as { diagnostics: Array<{ ruleId: string; line: number }> };
    expect(json.diagnostics.some((d) => d.ruleId === 'uri/path-param-not-mapped' && d.line === 20)).toBe(false);
    const sarif = JSON.parse(apigw([...args, '--format', 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[]; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }>;
    };
    const results = sarif.runs[0]!.results;
    const dismissed = results.filter((r) => r.suppressions);
    expect(dismissed.map((r) => `${r.ruleId}:${r.locations[0]!.physicalLocation.region.startLine}`).sort()).toEqual(
      ['int/timeout-above-default:11', 'int/timeout-above-default:21', 'uri/path-param-not-mapped:20'],
    );
    expect(dismissed.find((r) => r.ruleId === 'uri/path-param-not-mapped')!.suppressions).toEqual([
      { kind: 'inSource', justification: 'the back end reads the id from the query' },
    ]);
    // Every other result is the JSON format's finding, one for one.
    expect(results.length - dismissed.length).toBe(json.diagnostics.length);
  });

  it('are reported with their line and column on the command line', () => {
    const r = apigw(['lint', 'fixtures/directives/api.yaml', '--no-config', '--format', 'github']);
    expect(r.stdout).toContain('::warning file=fixtures/directives/api.yaml,line=38,col=35');
  });
});
