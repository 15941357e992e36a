import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { lint } from '../../src/lint/index.js';
import { CORPUS } from '../support/corpus.js';
import { oracleMissing, renderWithOracle } from '../support/oracle.js';
import { readCases, renderWithCli, sameOutput } from '../support/vtl-cases.js';

/**
 * Optional conformance against a checkout of the reference material beside the repository
 * (`../shared`: corpus/specs with manifest.json, vtl-cases/, tools/vtl-oracle). Run with
 * `npm run conformance`; without ../shared it says so and checks nothing.
 */
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const present = existsSync(SHARED);
if (!present) console.warn(`NOTICE: ${SHARED} is absent; there is nothing to check`);
const missing = oracleMissing();

describe.skipIf(!present)('against ../shared', () => {
  const cases = present ? readCases(join(SHARED, 'vtl-cases')) : [];
  const dir = mkdtempSync(join(tmpdir(), 'apigw-conformance-'));

  it.each(cases.map((c) => [c.name, c] as const))('the CLI renders vtl-cases/%s as expected', (_n, c) => {
    const r = renderWithCli(c, dir);
    if (c.expected_error) return expect(r.status).toBe(1);
    expect(r.status, r.stderr).toBe(0);
    expect(sameOutput(c, r.output), `got ${JSON.stringify(r.output)}, expected ${JSON.stringify(c.expected)}`).toBe(true);
  });

  it.skipIf(!!missing)('tools/velocity-harness and ../shared/tools/vtl-oracle render every case of both case folders alike', () => {
    const all = [...cases, ...readCases(fileURLToPath(new URL('../../fixtures/vtl-cases/', import.meta.url))).map((c) => ({ ...c, name: `repo-${c.name}` }))];
    const ours = renderWithOracle(all);
    const folder = mkdtempSync(join(tmpdir(), 'apigw-conformance-cases-'));
    for (const c of all) writeFileSync(join(folder, `${c.name}.json`), JSON.stringify(c));
    const p = spawnSync(join(SHARED, 'tools/vtl-oracle/render'), ['--dump', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(p.status, p.stderr).toBe(0);
    const theirs = JSON.parse(p.stdout) as Record<string, { output: string | null; error: string | null }>;
    const differ = all.filter((c) => {
      const a = ours[c.name]!;
      const b = theirs[c.name]!;
      return (a.error !== undefined) !== (b.error !== null) || (a.error === undefined && a.output !== b.output);
    });
    expect(differ.map((c) => c.name)).toEqual([]);
  });

  it('the corpus in fixtures/corpus is the one in ../shared/corpus/specs, file for file', () => {
    const theirs = readdirSync(join(SHARED, 'corpus/specs')).sort();
    const ours = readdirSync(CORPUS).filter((f) => f !== 'README.md').sort();
    expect(theirs.filter((f) => !ours.includes(f)), 'in ../shared only').toEqual([]);
    for (const f of theirs) expect(readFileSync(join(CORPUS, f), 'utf8') === readFileSync(join(SHARED, 'corpus/specs', f), 'utf8'), f).toBe(true);
  });

  const entries: Array<{ file: string; api_kind: 'rest' | 'http'; aws_accepted: boolean | string }> = present ? JSON.parse(readFileSync(join(SHARED, 'corpus/specs/manifest.json'), 'utf8')) : [];
  it.each(entries.filter((e) => e.aws_accepted === true).map((e) => [e.file, e] as const))('corpus %s (accepted by AWS) lints with no error', async (_n, e) => {
    const { diagnostics } = await lint(join(SHARED, 'corpus/specs', e.file), { apiType: e.api_kind, config: defaultConfig(process.cwd()) });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.range.start.line}: ${d.message}`)).toEqual([]);
  });
});
