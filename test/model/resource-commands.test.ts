import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { openDefinitions } from '../../src/model/open.js';
import { apigw } from '../support/cli.js';
import { send, startServer } from '../serve/support.js';

/** An API written as CloudFormation resources is read by every command as its OpenAPI form would be. */
const FILE = 'fixtures/resources/pets.yaml';

describe('an API written as CloudFormation resources', () => {
  it('lints clean, and findings point into the template', () => {
    const clean = apigw(['lint', FILE]);
    expect(clean.stdout).not.toMatch(/ (error|warning) /);
    const broken = apigw(['lint', '-', '--format', 'json'], { input: readFileSync(FILE, 'utf8').replace("SelectionPattern: '404'", "SelectionPattern: '(404'") });
    const d = JSON.parse(broken.stdout).diagnostics.filter((x: { severity: string }) => x.severity === 'error');
    expect(d.map((x: { ruleId: string; pointer: string; line: number; column: number }) => [x.ruleId, x.pointer, x.line, x.column])).toEqual([
      ['resp/selection-pattern-regex', '/Resources/PetGet/Properties/Integration/IntegrationResponses/1/SelectionPattern', 39, 31],
    ]);
  });

  const s = startServer(FILE);
  it('is served: the MOCK integration picks its integration response by the selection pattern', async () => {
    const ok = await send(s.url, 'GET', '/pets/7');
    expect([ok.status, ok.json()]).toEqual([200, { id: '7', resource: '/pets/{id}' }]);
    const missing = await send(s.url, 'GET', '/pets/0');
    expect([missing.status, missing.json()]).toEqual([404, { message: 'no pet 0' }]);
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html: an unknown route of a REST API is 403.
    expect((await send(s.url, 'GET', '/owners')).status).toBe(403);
  });

  it('renders its request template with render-template --spec', () => {
    const r = apigw(['render-template', '--spec', FILE, '--method', 'GET', '--path', '/pets/0']);
    expect([r.status, r.stdout]).toEqual([0, '{"statusCode": 404}']);
  });

  it('is checked by check-http-compat once per feature and place, at the template', () => {
    const r = apigw(['check-http-compat', FILE, '--format', 'json']);
    const mock = JSON.parse(r.stdout).features.find((f: { id: string }) => f.id === 'integ.mock');
    expect(mock.locations.map((l: { pointer: string; route?: string }) => [l.pointer, l.route])).toEqual([
      ['/Resources/PetGet/Properties/Integration/Type', 'GET /pets/{id}'],
    ]);
  });

  it('converts to an HTTP API definition, or to AWS::ApiGatewayV2 resources with --format cfn', () => {
    const openapi = apigw(['convert', 'http', FILE, '--drop-blocking', '--report', 'json']);
    expect(openapi.status).toBe(0);
    // The MOCK method is dropped (HTTP APIs have none); the Lambda proxy one is kept.
    expect((yaml.load(openapi.stdout) as { paths: Record<string, object> }).paths).toEqual({ '/pets': { post: expect.objectContaining({ 'x-amazon-apigateway-integration': expect.objectContaining({ type: 'aws_proxy' }) }) } });
    expect(JSON.parse(openapi.stderr).changes.some((c: { pointer: string }) => c.pointer.startsWith('/Resources/PetGet'))).toBe(true);
    const cfn = apigw(['convert', 'http', FILE, '--drop-blocking', '--format', 'cfn']);
    const template = yaml.load(cfn.stdout) as { Resources: Record<string, { Type: string }> };
    expect(Object.values(template.Resources).map((r) => r.Type)).toEqual(['AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Integration', 'AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Stage']);
  });
});

describe('APIs SAM builds from function events', () => {
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html:
  // an Api event without RestApiId belongs to the implicit ServerlessRestApi.
  const SAM = 'fixtures/resources/sam-events.yaml';
  it('reads each API with its routes, placed at the events', () => {
    const opened = openDefinitions(SAM);
    expect(opened.definitions.map((d) => [d.logicalId, d.model.operations.map((o) => o.label)])).toEqual([
      ['ServerlessRestApi', ['GET /pets']],
      ['PetsApi', ['GET /pets/{id}']],
    ]);
    const op = opened.definitions[1]!.model.operations[0]!;
    expect(op.loc.source.publicPointer(op.loc.pointer, 'key')).toBe('/Resources/PetsFunction/Properties/Events/GetPet/Properties/Method');
  });

  it('lints them without errors, and without counting the Lambda URI SAM writes as the user\'s placeholder', () => {
    const r = apigw(['lint', SAM, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { ruleId: string; pointer: string }) => [d.ruleId, d.pointer])).toEqual([
      ['path/template-param-undeclared', '/Resources/PetsFunction/Properties/Events/GetPet/Properties/Method'],
    ]);
  });
});
