import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { apigw, ROOT } from '../support/cli.js';

// The SARIF 2.1.0 schema, vendored with its source and licence in fixtures/sarif/README.md.
const schema = JSON.parse(readFileSync(join(ROOT, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strictTypes: false });
// The formats the schema names, checked rather than ignored.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const validate = ajv.compile(schema);

const problems = (log: unknown) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const tmp = mkdtempSync(join(tmpdir(), 'apigw-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let outputs = 0;
const out = () => join(tmp, `http-${++outputs}.yaml`);

/** Runs the built CLI and returns its SARIF (standard output) and exit code. */
function sarif(args: string[]): { log: any; status: number | null } {
  const r = apigw(args);
  expect(r.stdout, r.stderr).toMatch(/^\{/);
  return { log: JSON.parse(r.stdout), status: r.status };
}

describe('SARIF output validates against the SARIF 2.1.0 schema', () => {
  it.each([
    [['lint', 'fixtures/lint/int/connection-type-invalid/fail.yaml'], 1],
    [['lint', 'fixtures/directives/api.yaml', 'fixtures/refs/api.yaml'], 1],
    // A file that cannot be read is a tool execution notification, not a result.
    [['lint', 'fixtures/lint/int/connection-type-invalid/pass.yaml', 'missing.yaml'], 2],
    [['check-http-compat', 'fixtures/compat/integ.mock.yaml'], 1],
    [['check-http-compat', 'fixtures/compat/combined-sam-api.yaml'], 1],
    [['check-http-compat', 'fixtures/compat/combined-convertible.yaml'], 0],
    [['check-http-compat', 'fixtures/compat/combined-supported.yaml'], 0],
    [['convert', 'http', 'fixtures/convert/swagger2-lift/input.yaml', '-o', '<out>'], 0],
    [['convert', 'http', 'fixtures/convert/cors-mocks/input.yaml', '-o', '<out>'], 0],
    [['convert', 'http', 'fixtures/convert/blocking/input.yaml', '-o', '<out>', '--drop-blocking'], 0],
    // Blocked: nothing written, the blockers are the results.
    [['convert', 'http', 'fixtures/convert/blocking/input.yaml', '-o', '<out>'], 1],
  ])('%j', (args, status) => {
    const argv = args.map((a) => (a === '<out>' ? out() : a));
    const run = sarif([...argv, ...(argv[0] === 'convert' ? ['--report', 'sarif'] : ['--format', 'sarif'])]);
    expect(run.status).toBe(status);
    expect(problems(run.log)).toEqual([]);
    const driver = run.log.runs[0].tool.driver;
    // Every result names a rule of rules[], by id and index, and every rule has an absolute helpUri.
    for (const r of run.log.runs[0].results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    for (const rule of driver.rules) expect(URL.canParse(rule.helpUri)).toBe(true);
    if (argv[0] !== 'lint') expect(run.log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('compat and convert results carry their rule ids and levels', () => {
    const compat = sarif(['check-http-compat', 'fixtures/compat/integ.mock.yaml', '--format', 'sarif']).log.runs[0];
    expect(compat.results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['compat/integ.mock', 'error', 12],
      ['compat/dev.vtl-response', 'error', 18],
    ]);
    const convert = sarif(['convert', 'http', 'fixtures/convert/swagger2-lift/input.yaml', '-o', out(), '--report', 'sarif']).log.runs[0];
    expect(convert.results.map((r: any) => [r.ruleId, r.level])).toEqual([['convert/lifted', 'note'], ['convert/rewritten', 'note']]);
    expect(convert.tool.driver.rules.map((r: any) => r.id)).toEqual(expect.arrayContaining(['compat/integ.mock', 'convert/lost']));
  });

  it.each([
    ['an unknown level', (log: any) => { log.runs[0].results[0].level = 'fatal'; }, /level must be equal to one of the allowed values/],
    ['a line 0', (log: any) => { log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0; }, /startLine must be >= 1/],
    ['no version', (log: any) => { delete log.version; }, /must have required property 'version'/],
    ['a message without text', (log: any) => { log.runs[0].results[0].message = {}; }, /message must have required property/],
    ['a helpUri that is not a URI', (log: any) => { log.runs[0].tool.driver.rules[0].helpUri = 'not a uri'; }, /helpUri must match format "uri"/],
  ])('rejects %s', (_name, breakIt, error) => {
    const { log } = sarif(['check-http-compat', 'fixtures/compat/integ.mock.yaml', '--format', 'sarif']);
    expect(problems(log)).toEqual([]);
    breakIt(log);
    expect(problems(log).join('\n')).toMatch(error);
  });
});
