import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { apigw, ROOT } from '../support/cli.js';

const KINDS = { rest: 'rest', http: 'http', both: 'rest,http', websocket: 'websocket' };

describe('apigw rules', () => {
  it('lists every rule: id, severity, API kinds and what it checks, one line each', () => {
    const r = apigw(['rules']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RULE +SEVERITY +APIS +CHECKS$/);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/))).toEqual(
      rules.map((rule) => [rule.id, rule.meta.defaultSeverity, KINDS[rule.meta.appliesTo], rule.meta.description]),
    );
  });

  it('prints a rule\'s page: what, why with its source, failing and passing examples (as OpenAPI and as CloudFormation resources), how to turn it off', () => {
    const r = apigw(['rules', 'int/type-invalid']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const fixture = (kind: string) => readFileSync(join(ROOT, `fixtures/lint/int/type-invalid/${kind}.yaml`), 'utf8').trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
    expect(r.stdout).toBe([
      'int/type-invalid',
      'Default severity: error. Applies to: REST and HTTP APIs. Category: integrations.',
      'Page: https://github.com/apigw/apigw/blob/main/docs/rules/int/type-invalid.md',
      '',
      'WHAT IT CHECKS',
      '  An integration type must be aws, aws_proxy, http, http_proxy or mock (any case).',
      '  Its messages:',
      '    Integration for {{method}} has type {{value}}; expected aws, aws_proxy, http, http_proxy or mock',
      '',
      'WHY',
      '  It is an error because API Gateway refuses to import or deploy such a definition, or every call to the method fails.',
      '  Source: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html',
      '',
      'FAILING EXAMPLE',
      '  fixtures/lint/int/type-invalid/fail.yaml:',
      fixture('fail'),
      '  With only this rule on, apigw lint reports:',
      '    12:15  error  Integration for GET /pets has type "lambda"; expected aws, aws_proxy, http, http_proxy or mock',
      '',
      'PASSING EXAMPLE',
      '  fixtures/lint/int/type-invalid/pass.yaml:',
      fixture('pass'),
      '',
      'FAILING EXAMPLE WRITTEN AS CLOUDFORMATION RESOURCES',
      '  fixtures/lint/int/type-invalid/resources-fail.yaml:',
      fixture('resources-fail'),
      '  With only this rule on, apigw lint reports:',
      '    37:15  error  Integration for GET /pets has type "LAMBDA"; expected aws, aws_proxy, http, http_proxy or mock',
      '',
      'PASSING EXAMPLE WRITTEN AS CLOUDFORMATION RESOURCES',
      '  fixtures/lint/int/type-invalid/resources-pass.yaml:',
      fixture('resources-pass'),
      '',
      'TURNING IT OFF',
      '  In apigw.config.yaml (or for some files only, under overrides):',
      '    rules:',
      '      int/type-invalid: off',
      '  On the command line: --rule int/type-invalid=off. For one finding, a comment in the YAML on the line before it:',
      '    # apigw-disable-next-line int/type-invalid -- the reason',
      '',
    ].join('\n'));
  });

  it('shows the options of a rule that takes them', () => {
    expect(apigw(['rules', 'doc/size-limit']).stdout).toContain('\nOPTIONS\n  maxBytes (default 6291456), set in the config file:\n    rules:\n      doc/size-limit: [error, { maxBytes: 6291456 }]\n');
  });

  it('refuses an unknown rule with a suggestion, exit 2', () => {
    const r = apigw(['rules', 'int/typo-invalid']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'apigw: error: unknown rule "int/typo-invalid" (did you mean "int/type-invalid"?)\n  apigw rules lists every rule\n' });
  });
});
