import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/load.js';
import { joinPointer } from '../../src/document/pointer.js';

/** Every pointer below `value` whose value is a scalar, with that scalar. */
function leaves(value: unknown, pointer = ''): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object') return [[pointer, value]];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, joinPointer(pointer, k)));
}

describe('the position table', () => {
  it('follows sequences, mappings with many keys and documents larger than its first pool', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, { value: i }]));
    const big = Array.from({ length: 60_000 }, (_, i) => i % 10);
    const text = yaml.dump({ list: [{ a: 1 }, [{ b: 'x' }]], many }) + `big: [${big.join(',')}]\n`;
    const source = parseText(text, 'big.yaml', 'big.yaml');
    const at = (pointer: string) => {
      const r = source.valueOffsets(pointer);
      return r && text.slice(r[0], r[1]);
    };
    expect(at('/list/0/a')).toBe('1');
    expect(at('/list/1/0/b')).toBe('x');
    expect(at('/many/key0/value')).toBe('0');
    expect(at('/many/key39/value')).toBe('39');
    expect(at('/many/key40')).toBeUndefined();
    expect(at('/big/59999')).toBe('9');
    expect(at('/big/60000')).toBeUndefined();
    expect(source.locate('/many/key27', 'key').range.start.column).toBe(3);
    expect(source.pointerAt(text.lastIndexOf('9'))).toBe('/big/59999');
  });

  it('gives every scalar of any document the exact text it was read from, in YAML and in JSON', () => {
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__' && k !== '<<');
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !/[\n\r\u0085\u2028\u2029]/.test(s)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const doc = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).map;
    fc.assert(
      fc.property(doc, fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value, null, 2) : yaml.dump(value, { lineWidth: -1 });
        const source = parseText(text, asJson ? 'p.json' : 'p.yaml', 'p');
        for (const [pointer, leaf] of leaves(value)) {
          if (pointer === '') continue;
          const r = source.valueOffsets(pointer);
          expect(r, pointer).toBeDefined();
          expect(yaml.load(text.slice(r![0], r![1]))).toEqual(leaf);
        }
      }),
      { numRuns: 300 },
    );
  });
});
