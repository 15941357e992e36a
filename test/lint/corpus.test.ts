import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { defaultConfig } from '../../src/lint/config.js';
import { hasShared, noticeIfNoShared, SHARED } from '../support/shared.js';

interface Entry {
  file: string;
  api_kind: 'rest' | 'http';
  aws_accepted: boolean | string;
}

const dir = join(SHARED, 'corpus/specs');
const entries: Entry[] = hasShared ? JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) : [];
noticeIfNoShared('the corpus lint test');

describe.skipIf(!hasShared)('corpus', () => {
  it('has specs to check', () => expect(entries.length).toBeGreaterThan(50));
  it.each(entries.map((e) => [e.file, e] as const))('%s lints without a crash; AWS-accepted specs get no errors', async (_name, entry) => {
    const { diagnostics } = await lint(join(dir, entry.file), { apiType: entry.api_kind, config: defaultConfig(process.cwd()) });
    for (const d of diagnostics) {
      expect(d.range.start.line).toBeGreaterThan(0);
      expect(d.range.start.column).toBeGreaterThan(0);
    }
    if (entry.aws_accepted === true) {
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.range.start.line}: ${d.message}`)).toEqual([]);
    }
  });
});
