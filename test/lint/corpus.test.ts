import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { defaultConfig } from '../../src/lint/config.js';
import { CORPUS, corpus } from '../support/corpus.js';

describe('corpus', () => {
  it('the manifest names every file in fixtures/corpus, and each file\'s source', () => {
    expect(corpus.map((e) => e.file).sort()).toEqual(readdirSync(CORPUS).filter((f) => f !== 'manifest.json' && f !== 'README.md').sort());
    expect(corpus).toHaveLength(55);
    for (const e of corpus) {
      expect(e.source_repo, e.file).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(e.source_path, e.file).not.toBe('');
      expect([true, 'unknown'], e.file).toContain(e.aws_accepted);
    }
    expect(corpus.filter((e) => e.aws_accepted === true)).toHaveLength(19);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('%s lints without a crash; AWS-accepted specs get no errors', async (_name, entry) => {
    const { diagnostics } = await lint(join(CORPUS, entry.file), { apiType: entry.api_kind, config: defaultConfig(process.cwd()) });
    for (const d of diagnostics) {
      expect(d.range.start.line).toBeGreaterThan(0);
      expect(d.range.start.column).toBeGreaterThan(0);
    }
    if (entry.aws_accepted === true) {
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.range.start.line}: ${d.message}`)).toEqual([]);
    }
  });
});
