import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCases, renderWithCli, sameOutput } from '../support/vtl-cases.js';

/** Templates with the output AWS gave (12 recorded on AWS) or Apache Velocity 1.7 gives: fixtures/vtl-cases/README.md. */
const cases = readCases(fileURLToPath(new URL('../../fixtures/vtl-cases/', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'apigw-vtl-'));

describe('mapping-template cases through the CLI', () => {
  it('has all 36 cases, 12 of them recorded on AWS', () => {
    expect(cases.length).toBe(36);
    expect(cases.filter((c) => c.expected_from === 'aws-recorded')).toHaveLength(12);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = renderWithCli(c, dir);
    if (c.expected_error) {
      expect(r.status).toBe(1);
      return;
    }
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    expect(sameOutput(c, r.output), `${c.expected_from}: got ${JSON.stringify(r.output)}, expected ${JSON.stringify(c.expected)}`).toBe(true);
  });
});
