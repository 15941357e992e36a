import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, shared with `node scripts/corpus-lint-output.mjs --write`
import { corpusLintOutput, FORMATS, recordPath } from '../../scripts/corpus-lint-output.mjs';

// The recorded output of `apigw lint` over the whole corpus, in every format, taken before the
// definition layer was restructured: a change of structure must not change one byte of it.
describe('lint output over the corpus', () => {
  let outputs: Record<string, { status: number; stdout: string; stderr: string }>;
  // Five runs of the built command over the whole corpus: on a loaded machine far beyond the 10 s default.
  beforeAll(() => {
    outputs = corpusLintOutput();
  }, 300_000);
  it.each(FORMATS as string[])('--format %s is byte-identical to fixtures/corpus-lint', (format) => {
    const r = outputs[format]!;
    expect(r.stderr).toBe('');
    expect(`exit ${r.status}\n${r.stdout}`).toBe(readFileSync(recordPath(format), 'utf8'));
  });
});
