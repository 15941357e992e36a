import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';
import { eventOf, readCases, sameOutput, type VtlCase } from '../support/vtl-cases.js';

/** Templates with the output AWS gave (12 recorded on AWS) or Apache Velocity 1.7 gives: fixtures/vtl-cases/README.md. */
const cases = readCases(fileURLToPath(new URL('../../fixtures/vtl-cases/', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'apigw-vtl-'));

/**
 * A case with a preTemplate is an integration request template followed by a response template
 * that sees the same $context: written as a mock integration and rendered with --response.
 */
function specFor(c: VtlCase): string {
  const file = join(dir, `${c.name}.json`);
  const spec = {
    swagger: '2.0',
    info: { title: c.name, version: '1' },
    paths: {
      '/case': {
        post: {
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-integration': {
            type: 'mock',
            requestTemplates: { 'application/json': c.preTemplate },
            responses: { default: { statusCode: '200', responseTemplates: { 'application/json': c.template } } },
          },
        },
      },
    },
  };
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

describe('mapping-template cases through the CLI', () => {
  it('has all 36 cases, 12 of them recorded on AWS', () => {
    expect(cases.length).toBe(36);
    expect(cases.filter((c) => c.expected_from === 'aws-recorded')).toHaveLength(12);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const event = join(dir, `${name}.event.json`);
    writeFileSync(event, JSON.stringify(eventOf(c)));
    let args: string[];
    if (c.preTemplate) {
      args = ['render-template', '--spec', specFor(c), '-m', 'POST', '-p', '/case', '--event', event, '--response', '--format', 'json'];
    } else {
      const template = join(dir, `${name}.vtl`);
      writeFileSync(template, c.template);
      args = ['render-template', template, '--event', event];
    }
    const r = apigw(args);
    if (c.expected_error) {
      expect(r.status).toBe(1);
      return;
    }
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    const output = c.preTemplate ? JSON.parse(r.stdout).body : r.stdout;
    expect(sameOutput(c, output), `${c.expected_from}: got ${JSON.stringify(output)}, expected ${JSON.stringify(c.expected)}`).toBe(true);
  });
});
