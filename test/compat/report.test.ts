import { describe, expect, it } from 'vitest';
import type { CompatResult } from '../../src/compat/index.js';
import { formatCompatJson, formatCompatMarkdown, formatCompatTable } from '../../src/compat/report.js';
import { apigw } from '../support/cli.js';

const result: CompatResult = {
  kind: 'openapi',
  verdict: 'blocking',
  notes: ['No endpoint type.'],
  apis: [],
  features: [
    { id: 'integ.mock', verdict: 'blocking', title: 'Mock integration', locations: [{ file: 'api.yaml', line: 12, column: 9, pointer: '/paths/~1h/get/x-amazon-apigateway-integration/type', verdict: 'blocking' }], migration: 'Use a Lambda.', details: [] },
    { id: 'dev.cors', verdict: 'convertible-with-change', title: 'CORS', locations: [{ file: 'api.yaml', line: 3, column: 5, pointer: '/paths/~1a/options', verdict: 'convertible-with-change' }], migration: 'Use x-amazon-apigateway-cors | built-in.', details: ['OPTIONS /a answers CORS preflight with a mock'] },
    { id: 'integ.lambda-proxy', verdict: 'supported', title: 'Lambda proxy integration', locations: [], migration: 'Nothing to change.', details: [] },
  ],
};

describe('compat formats', () => {
  it('json has exactly the documented shape', () => {
    const out = JSON.parse(formatCompatJson(result));
    expect(Object.keys(out)).toEqual(['verdict', 'features']);
    expect(out.features[0]).toEqual({
      id: 'integ.mock', verdict: 'blocking', title: 'Mock integration',
      locations: [{ file: 'api.yaml', line: 12, column: 9, pointer: '/paths/~1h/get/x-amazon-apigateway-integration/type', verdict: 'blocking' }], migration: 'Use a Lambda.',
    });
  });

  it('table groups by verdict, worst first, and ends with the verdict', () => {
    const out = formatCompatTable(result, false);
    expect(out.indexOf('Blocking (1)')).toBeLessThan(out.indexOf('Convertible with changes (1)'));
    expect(out.indexOf('Convertible with changes (1)')).toBeLessThan(out.indexOf('Supported (1)'));
    expect(out).toContain('      api.yaml:12:9  #/paths/~1h/get/x-amazon-apigateway-integration/type');
    expect(out).toContain('note: No endpoint type.');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Verdict: blocking (3 features: 1 blocking, 1 convertible-with-change, 1 supported)');
    expect(out).not.toMatch(/\u001b\[/);
    expect(formatCompatTable(result, true)).toMatch(/\u001b\[31m/);
  });

  it('markdown is a table for a pull-request comment, with pipes escaped', () => {
    const out = formatCompatMarkdown(result);
    expect(out.split('\n')[0]).toBe('### REST → HTTP API: ⛔ **blocking**');
    expect(out).toContain('| ⚠️ convertible-with-change | `dev.cors` CORS<br>OPTIONS /a answers CORS preflight with a mock | `api.yaml:3:5` | Use x-amazon-apigateway-cors \\| built-in. |');
    expect(out).toContain('> **Note:** No endpoint type.');
  });
});

describe('apigw check-http-compat', () => {
  it('exits 1 when blocking, 0 when only convertible (default --fail-on blocking)', () => {
    const blocking = apigw(['check-http-compat', 'fixtures/compat/integ.mock.yaml', '--format', 'json']);
    expect(blocking.status).toBe(1);
    expect(JSON.parse(blocking.stdout).verdict).toBe('blocking');
    expect(blocking.stderr).toMatch(/^apigw: note: The definition does not state its endpoint type/);
    expect(apigw(['check-http-compat', 'fixtures/compat/integ.http.yaml']).status).toBe(0);
    expect(apigw(['check-http-compat', 'fixtures/compat/integ.http.yaml', '--fail-on', 'convertible']).status).toBe(1);
    expect(apigw(['check-http-compat', 'fixtures/compat/integ.mock.yaml', '--fail-on', 'never']).status).toBe(0);
  });

  it('prints markdown', () => {
    expect(apigw(['check-http-compat', 'fixtures/compat/dev.cors.yaml', '--format', 'markdown']).stdout).toMatch(/^### REST → HTTP API: ⚠️ \*\*convertible-with-change\*\*/);
  });

  it.each([
    [['check-http-compat', 'nope.yaml'], 'apigw: error: nope.yaml: cannot read: no such file\n'],
    [['check-http-compat', 'fixtures/render/list.json'], 'apigw: error: fixtures/render/list.json: neither an OpenAPI definition nor a CloudFormation template (no "swagger", "openapi", "paths" or "Resources")\n'],
  ])('bad input %j: one line, exit 2', (args, stderr) => {
    const r = apigw(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(stderr);
  });
});
