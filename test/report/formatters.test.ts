import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { FORMATTERS, type FormatContext } from '../../src/report/formatters/index.js';

const diagnostics: Diagnostic[] = [
  {
    ruleId: 'int/uri-missing', severity: 'error', message: 'Integration for GET /pets has no uri', file: 'api.yaml',
    pointer: '/paths/~1pets/get/x-amazon-apigateway-integration',
    range: { start: { line: 14, column: 9 }, end: { line: 14, column: 40 } },
  },
  {
    ruleId: 'vtl/syntax', severity: 'warning', message: 'Template has 50% of a "#if", then: more, stuff\nhere', file: 'dir/a,b:c.yaml',
    pointer: '/x', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } },
    via: { file: 'api.yaml', pointer: '/paths/~1a/$ref' },
  },
  {
    ruleId: 'int/uri-on-mock', severity: 'info', message: 'Mock <uri> & "stuff"', file: 'api.yaml', pointer: '',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } },
  },
];
const ctx: FormatContext = {
  cwd: '/work', version: '1.2.3', color: false, files: ['api.yaml', 'dir/a,b:c.yaml', 'clean.yaml'],
  rules: [
    { id: 'int/uri-missing', description: 'Needs a uri.', defaultSeverity: 'error', docsUrl: 'https://docs.aws.amazon.com/x.html' },
    { id: 'vtl/syntax', description: 'Templates parse.', defaultSeverity: 'warning', docsUrl: 'https://docs.aws.amazon.com/y.html' },
  ],
};

describe('formatters', () => {
  it('stylish aligns one finding per line and summarises', () => {
    expect(FORMATTERS.stylish!(diagnostics, ctx)).toBe(
      [
        'api.yaml:14:9       error    int/uri-missing  Integration for GET /pets has no uri  #/paths/~1pets/get/x-amazon-apigateway-integration',
        // One finding, one line: a line break inside a message is printed escaped.
        'dir/a,b:c.yaml:3:1  warning  vtl/syntax       Template has 50% of a "#if", then: more, stuff\\nhere  #/x  (via api.yaml#/paths/~1a/$ref)',
        'api.yaml:1:1        info     int/uri-on-mock  Mock <uri> & "stuff"  #',
        '',
        '3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    expect(FORMATTERS.stylish!([], ctx)).toBe('');
  });

  it('stylish colours only when asked', () => {
    expect(FORMATTERS.stylish!(diagnostics, { ...ctx, color: true })).toMatch(/\u001b\[31merror/);
  });

  it('github escapes data and properties', () => {
    const out = FORMATTERS.github!(diagnostics, ctx).split('\n');
    expect(out[0]).toBe('::error file=api.yaml,line=14,col=9,endLine=14,endColumn=40,title=int/uri-missing::Integration for GET /pets has no uri');
    expect(out[1]).toBe('::warning file=dir/a%2Cb%3Ac.yaml,line=3,col=1,endLine=3,endColumn=2,title=vtl/syntax::Template has 50%25 of a "#if", then: more, stuff%0Ahere');
    expect(out[2]).toMatch(/^::notice /);
  });

  it('sarif is 2.1.0 with rules, helpUri and relative locations', () => {
    const log = JSON.parse(FORMATTERS.sarif!(diagnostics, ctx));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'apigw', version: '1.2.3' });
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'int/uri-missing', shortDescription: { text: 'Needs a uri.' },
      helpUri: 'https://github.com/apigw/apigw/blob/main/docs/rules/int/uri-missing.md',
      help: { text: 'Needs a uri. Source: https://docs.aws.amazon.com/x.html' },
      defaultConfiguration: { level: 'error', enabled: true },
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[0].ruleIndex).toBe(0);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dir/a,b:c.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
    });
    expect(run.results[1].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('api.yaml');
    expect(JSON.stringify(log)).not.toContain('/work');
  });

  it('sarif takes a rule\'s own helpUri and help text when it has them (compat features, convert changes)', () => {
    const own: FormatContext = { ...ctx, rules: [{ id: 'compat/integ.mock', description: 'Mock integration: blocking.', help: 'Mock integration: use a Lambda.', defaultSeverity: 'error', docsUrl: 'https://docs.aws.amazon.com/z.html', helpUri: 'https://example.com/compat' }, ...ctx.rules] };
    const rules = JSON.parse(FORMATTERS.sarif!(diagnostics, own)).runs[0].tool.driver.rules;
    expect(rules[0]).toMatchObject({ id: 'compat/integ.mock', helpUri: 'https://example.com/compat', help: { text: 'Mock integration: use a Lambda. Source: https://docs.aws.amazon.com/z.html' } });
    expect(rules[1]).toMatchObject({ helpUri: 'https://github.com/apigw/apigw/blob/main/docs/rules/int/uri-missing.md', help: { text: 'Needs a uri. Source: https://docs.aws.amazon.com/x.html' } });
  });

  it('junit names the command it reports, apigw lint unless told', () => {
    expect(FORMATTERS.junit!(diagnostics, ctx)).toContain('<testsuites name="apigw lint" ');
    const out = FORMATTERS.junit!(diagnostics, { ...ctx, command: 'apigw check-http-compat' });
    expect(out).toContain('<testsuites name="apigw check-http-compat" ');
    expect(out).toContain('<testcase classname="clean.yaml" name="apigw check-http-compat"/>');
  });

  it('json has exactly the documented fields', () => {
    const out = JSON.parse(FORMATTERS.json!(diagnostics, ctx));
    expect(Object.keys(out.diagnostics[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'pointer', 'ruleId', 'severity', 'message']);
    expect(out.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 1 });
  });

  it('junit lists a suite per file, failures for errors and warnings, escaped', () => {
    const out = FORMATTERS.junit!(diagnostics, ctx);
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="apigw lint" tests="4" failures="2" errors="0">/);
    expect(out).toContain('<testsuite name="api.yaml" tests="2" failures="1" errors="0">');
    expect(out).toContain('<testsuite name="clean.yaml" tests="1" failures="0" errors="0">');
    expect(out).toContain('<testcase classname="api.yaml" name="int/uri-on-mock 1:1"/>');
    expect(out).toContain('<failure type="warning" message="Template has 50% of a &quot;#if&quot;, then: more, stuff&#10;here">');
  });

  describe('files that could not be linted', () => {
    const failed: FormatContext = { ...ctx, failures: [{ file: 'bad.yaml', line: 3, column: 7, message: 'duplicate key' }, { file: 'gone.yaml', message: 'cannot read: no such file' }] };

    it('json lists them under fileErrors, null where there is no place', () => {
      const out = JSON.parse(FORMATTERS.json!(diagnostics, failed));
      expect(Object.keys(out)).toEqual(['diagnostics', 'fileErrors', 'summary']);
      expect(out.fileErrors).toEqual([
        { file: 'bad.yaml', line: 3, column: 7, message: 'duplicate key' },
        { file: 'gone.yaml', line: null, column: null, message: 'cannot read: no such file' },
      ]);
      expect(JSON.parse(FORMATTERS.json!(diagnostics, ctx)).fileErrors).toEqual([]);
    });

    it('sarif makes them error notifications of a run that did not succeed', () => {
      const run = JSON.parse(FORMATTERS.sarif!(diagnostics, failed)).runs[0];
      expect(run.invocations).toEqual([{
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: 'duplicate key' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7 } } }] },
          { level: 'error', message: { text: 'cannot read: no such file' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'gone.yaml', uriBaseId: '%SRCROOT%' } } }] },
        ],
      }]);
      expect(JSON.parse(FORMATTERS.sarif!(diagnostics, ctx)).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    });

    it('junit gives each a suite whose case is an error, counted in errors', () => {
      const out = FORMATTERS.junit!(diagnostics, failed);
      expect(out).toMatch(/<testsuites name="apigw lint" tests="6" failures="2" errors="2">/);
      expect(out).toContain('  <testsuite name="bad.yaml" tests="1" failures="0" errors="1">\n    <testcase classname="bad.yaml" name="apigw lint">\n      <error type="file" message="duplicate key">bad.yaml:3:7: duplicate key</error>\n    </testcase>\n  </testsuite>');
      expect(out).toContain('<error type="file" message="cannot read: no such file">gone.yaml: cannot read: no such file</error>');
    });

    it('github annotates them as errors before the findings', () => {
      const out = FORMATTERS.github!(diagnostics, failed).split('\n');
      expect(out.slice(0, 2)).toEqual(['::error file=bad.yaml,line=3,col=7,title=apigw::duplicate key', '::error file=gone.yaml,title=apigw::cannot read: no such file']);
      expect(out[2]).toMatch(/^::error file=api\.yaml,line=14,/);
    });
  });
});
