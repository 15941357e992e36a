import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oracleMissing, renderWithOracle } from '../support/oracle.js';
import { readCases, sameOutput } from '../support/vtl-cases.js';

/**
 * The reference renderer (tools/velocity-harness) is held to the cases: it must give the output
 * recorded on AWS for every aws-recorded case, and the stated output for the others, before the
 * differential test may trust it.
 */
const missing = oracleMissing();
if (missing) console.warn(`\nNOTICE: the Apache Velocity 1.7 harness cannot run, so its tests are SKIPPED: ${missing}\n`);

const cases = readCases(fileURLToPath(new URL('../../fixtures/vtl-cases/', import.meta.url)));

describe.skipIf(!!missing)('the Velocity 1.7 harness reproduces every mapping-template case', () => {
  const rendered = missing ? {} : renderWithOracle(cases);
  it.each(cases.map((c) => [`${c.name} (${c.expected_from})`, c] as const))('%s', (_name, c) => {
    const r = rendered[c.name]!;
    if (c.expected_error) {
      expect(r.error).toBeDefined();
      return;
    }
    expect(r.error).toBeUndefined();
    expect(sameOutput(c, r.output!), `${c.source}: got ${JSON.stringify(r.output)}, expected ${JSON.stringify(c.expected)}`).toBe(true);
  });

  it('answers with an error, not a crash, for a template Velocity cannot parse', () => {
    const r = renderWithOracle([{ name: 'broken', template: '#if($a' }, { name: 'fine', template: '$input.params("x")', request: { query: { x: 'q' } } }]);
    expect(r.broken!.error).toMatch(/^ParseErrorException: /);
    expect(r.broken!.output).toBeUndefined();
    expect(r.fine).toEqual({ output: 'q' });
  });
});
