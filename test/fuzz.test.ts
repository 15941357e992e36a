import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as h from '../scripts/fuzz-harness.mjs';

/**
 * Mutants of the fixtures (wrong types, keys named after Object.prototype's members, copied
 * subtrees, cut or altered bytes; YAML, JSON and minified JSON) through all five commands, via
 * the CLI's own entry: no internal error and no exit code outside 0, 1 and 2. Seeded, so a
 * failure replays; `npm run fuzz` runs the same thing unseeded for as long as asked.
 */
describe('fuzzing all five commands', () => {
  const seeds = h.seedDocuments();
  const dir = h.scratchDirectory();
  afterAll(() => h.removeDirectory(dir));

  it('has fixtures of every kind to start from', () => {
    expect(seeds.length).toBeGreaterThan(100);
    expect(seeds.some((s) => s.name.startsWith('fixtures/convert/'))).toBe(true);
    expect(seeds.some((s) => s.name.startsWith('fixtures/export/'))).toBe(true);
  });

  it('finds no internal error and no exit code outside 0/1/2', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(seeds.length - 1), fc.array(h.mutation, { minLength: 1, maxLength: 6 }), h.rendering, async (i, mutations, how) => {
        const doc = h.applyMutations(seeds[i]!.value, mutations);
        const { text, ext } = h.renderDocument(doc, how);
        expect(await h.runAll(text, ext, doc, dir)).toEqual([]);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  }, 180_000);
});
