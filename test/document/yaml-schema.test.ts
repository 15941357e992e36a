import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CFN_SCHEMA } from '../../src/document/cfn-tags.js';

/** A plain scalar as a YAML value, read with both schemas. */
const load = (text: string, schema: yaml.Schema) => {
  try {
    return { value: (yaml.load(`v: ${text}\n`, { schema }) as { v: unknown }).v };
  } catch (err) {
    return { error: (err as Error).name };
  }
};

describe('the loading schema', () => {
  it('reads every plain scalar as js-yaml\'s core schema does (its float check only starts cheaper)', () => {
    const numberish = fc.stringMatching(/^[-+]?(\.|[0-9_]){0,6}([eE][-+]?[0-9]{1,3})?$/);
    const special = fc.constantFrom('.inf', '-.Inf', '+.INF', '.nan', '.NaN', '-.5', '1_000.5', '0x1F', '0o17', 'null', '~', 'true', 'False');
    const words = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /^[A-Za-z0-9._+-]+$/.test(s));
    fc.assert(
      fc.property(fc.oneof(numberish, special, words), (text) => {
        expect(load(text, CFN_SCHEMA)).toEqual(load(text, yaml.CORE_SCHEMA));
      }),
      { seed: 20261126, numRuns: 2000 },
    );
  });
});
