import { describe, expect, it } from 'vitest';
import type { CompatResult } from '../../src/compat/index.js';
import { formatCompatJson, formatCompatMarkdown, formatCompatTable } from '../../src/compat/report.js';
import { COMPAT_RULES, compatDiagnostics } from '../../src/compat/diagnostics.js';
import { FEATURES } from '../../src/compat/features.js';
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

describe('compat uses as findings', () => {
  it('each use is one compat/<feature-id> finding at its own verdict: blocking error, convertible warning, supported info', () => {
    expect(compatDiagnostics(result)).toEqual([
      {
        ruleId: 'compat/integ.mock', severity: 'error', message: 'Mock integration: blocking the move to an HTTP API', file: 'api.yaml',
        pointer: '/paths/~1h/get/x-amazon-apigateway-integration/type', range: { start: { line: 12, column: 9 }, end: { line: 12, column: 9 } },
        suggest: 'Use a Lambda.', docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
      },
      {
        ruleId: 'compat/dev.cors', severity: 'warning', message: 'CORS: convertible to an HTTP API with a change', file: 'api.yaml',
        pointer: '/paths/~1a/options', range: { start: { line: 3, column: 5 }, end: { line: 3, column: 5 } },
        suggest: 'Use x-amazon-apigateway-cors | built-in.', docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
      },
    ]);
  });

  it('names the method and the reason of a use, without repeating the method', () => {
    const one = { ...result, features: [{ ...result.features[0]!, id: 'dev.parameter-mapping', title: 'Request and response parameter mapping', locations: [{ ...result.features[0]!.locations[0]!, route: 'GET /h', detail: 'GET /h: header host is reserved', endLine: 12, endColumn: 30 }] }] };
    const [d] = compatDiagnostics(one);
    expect(d!.message).toBe('Request and response parameter mapping in GET /h: blocking the move to an HTTP API (header host is reserved)');
    expect(d!.range.end).toEqual({ line: 12, column: 30 });
  });

  it('has one rule per feature, its default severity from the feature\'s verdict', () => {
    expect(COMPAT_RULES.map((r) => r.id)).toEqual(FEATURES.map((f) => `compat/${f.id}`));
    expect(COMPAT_RULES.find((r) => r.id === 'compat/integ.mock')).toMatchObject({ defaultSeverity: 'error', helpUri: 'https://github.com/apigw/apigw#apigw-check-http-compat' });
    expect(COMPAT_RULES.find((r) => r.id === 'compat/dev.cors')!.defaultSeverity).toBe('warning');
    expect(COMPAT_RULES.find((r) => r.id === 'compat/integ.http-proxy')!.defaultSeverity).toBe('info');
  });
});

describe('apigw check-http-compat', () => {
  it('prints the uses as findings in stylish, github and junit, with the exit codes of the verdict', () => {
    const stylish = apigw(['check-http-compat', 'fixtures/compat/integ.mock.yaml', '--format', 'stylish']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toBe([
      'fixtures/compat/integ.mock.yaml:12:9   error  compat/integ.mock        Mock integration in GET /health: blocking the move to an HTTP API  #/paths/~1health/get/x-amazon-apigateway-integration/type',
      'fixtures/compat/integ.mock.yaml:18:13  error  compat/dev.vtl-response  Response mapping templates and selection patterns in GET /health: blocking the move to an HTTP API  #/paths/~1health/get/x-amazon-apigateway-integration/responses/default/responseTemplates',
      '',
      '2 problems (2 errors, 0 warnings, 0 info)',
      '',
    ].join('\n'));
    expect(stylish.stderr).toMatch(/^apigw: note: The definition does not state its endpoint type/);
    const github = apigw(['check-http-compat', 'fixtures/compat/integ.http.yaml', '--format', 'github']);
    expect(github.status).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=fixtures\/compat\/integ\.http\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=compat\/integ\.http::HTTP integration \(non-proxy\) in /m);
    const junit = apigw(['check-http-compat', 'fixtures/compat/integ.http.yaml', '--format', 'junit', '--fail-on', 'convertible']);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="apigw check-http-compat" /);
  });

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
