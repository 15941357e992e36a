import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { lint, lintText } from '../../src/lint/index.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { apigw, ROOT } from '../support/cli.js';

const STACK = 'fixtures/templates/stack.yaml';
const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.pointer}`;

describe('a CloudFormation or SAM template', () => {
  const run = () => lint(join(ROOT, STACK), { cwd: ROOT, config: defaultConfig(ROOT) });

  it('is linted for each definition written inline, as REST or HTTP after the resource type, with positions in the template', async () => {
    const { diagnostics } = await run();
    expect(diagnostics.map(at)).toEqual([
      '13:45 auth/api-key-source-invalid /Resources/PetsApi/Properties/Body/x-amazon-apigateway-api-key-source',
      '28:22 cfn/unresolved-placeholder /Resources/PetsApi/Properties/Body/paths/~1pets/post/x-amazon-apigateway-integration/uri',
      '30:13 path/template-param-undeclared /Resources/PetsApi/Properties/Body/paths/~1pets~1{petId}/get',
      '35:23 int/type-invalid /Resources/PetsApi/Properties/Body/paths/~1pets~1{petId}/get/x-amazon-apigateway-integration/type',
      // With Cors set, SAM also puts the default authorizer on the preflight OPTIONS methods.
      '49:28 auth/options-authorized /Resources/OwnersApi/Properties/Auth/DefaultAuthorizer',
      // SAM adds GET /owners/{ownerId}'s integration from a function event and defines OwnersAuth
      // from the resource's Auth; GET /orphans has neither.
      '80:13 path/method-without-integration /Resources/OwnersApi/Properties/DefinitionBody/paths/~1orphans/get',
      '82:19 auth/undefined-scheme /Resources/OwnersApi/Properties/DefinitionBody/paths/~1orphans/get/security/0/Nope',
      // payloadFormatVersion is an HTTP API rule: checked in the SAM HttpApi only.
      '101:39 http/payload-format-invalid /Resources/EventsApi/Properties/DefinitionBody/paths/~1events/post/x-amazon-apigateway-integration/payloadFormatVersion',
      '103:19 cfn/unresolved-placeholder /Resources/EventsApi/Properties/DefinitionBody/paths/~1events/post/x-amazon-apigateway-integration/uri',
    ]);
    // `#/definitions/Pet` is looked up in the definition, not at the top of the template; the
    // template's own keys and short-form tags are not the definition's business.
    const ids = new Set(diagnostics.map((d) => d.ruleId));
    for (const id of ['ref/unresolved', 'model/unresolved-ref', 'cfn/short-form-intrinsic', 'doc/extension-misplaced', 'doc/version-missing']) {
      expect(ids.has(id), id).toBe(false);
    }
  });

  it('honours a disable comment in the definition it is written in, and only there', async () => {
    const { diagnostics, suppressed } = await run();
    expect(suppressed.map(at)).toEqual([
      '66:34 int/timeout-above-default /Resources/OwnersApi/Properties/DefinitionBody/paths/~1owners/get/x-amazon-apigateway-integration/timeoutInMillis',
    ]);
    expect(suppressed[0]!.suppression.justification).toBe('the owners service is slow');
    // The other definitions' runs do not call the comment unused.
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('doc/disable-directive');
  });

  it('leaves the preflight alone when the template keeps the default authorizer off it', () => {
    const text = readFileSync(join(ROOT, STACK), 'utf8').replace('        DefaultAuthorizer: OwnersAuth\n', '        DefaultAuthorizer: OwnersAuth\n        AddDefaultAuthorizerToCorsPreflight: false\n');
    const { diagnostics } = lintText(text, join(ROOT, 'fixtures/templates/copy.yaml'), { cwd: ROOT, config: defaultConfig(ROOT) });
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('auth/options-authorized');
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('reads no definition that CloudFormation computes or brings in, and names each', () => {
    const text = [
      'Resources:',
      '  ByRef:',
      '    Type: AWS::ApiGateway::RestApi',
      '    Properties: {Body: !Ref Elsewhere}',
      '  Included:',
      '    Type: AWS::Serverless::Api',
      "    Properties: {DefinitionBody: {'Fn::Transform': {Name: 'AWS::Include', Parameters: {Location: 's3://b/api.yaml'}}}}",
      '  Listed:',
      '    Type: AWS::ApiGatewayV2::Api',
      '    Properties: {Body: []}',
    ].join('\n');
    expect(() => lintText(text, join(ROOT, 'computed.yaml'), { cwd: ROOT, config: defaultConfig(ROOT) })).toThrow(
      'CloudFormation template without an API written inline or as resources: ByRef (Body is given by Ref), Included (DefinitionBody is brought in with AWS::Include), Listed (Body is not written inline)',
    );
  });

  it('without a definition written inline is refused with what was found', () => {
    const r = apigw(['lint', 'fixtures/templates/s3-only.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^apigw: error: fixtures\/templates\/s3-only\.yaml: CloudFormation template without an API written inline or as resources: Api \(BodyS3Location\)\n/);
    expect(r.stdout).toBe('');
  });

  it('says which definitions it could not read', async () => {
    const note = `${STACK}: LegacyApi (BodyS3Location): the definition is not in the template and was not linted`;
    expect((await run()).notes).toEqual([note]);
    expect(apigw(['lint', STACK, '--format', 'json']).stderr).toBe(`apigw: note: ${note}\n`);
  });

  it('with --api-type, lints the APIs of that type only and notes the others', async () => {
    const { diagnostics, notes } = await lint(join(ROOT, STACK), { cwd: ROOT, config: defaultConfig(ROOT), apiType: 'http' });
    expect(diagnostics.map(at)).toEqual([
      '101:39 http/payload-format-invalid /Resources/EventsApi/Properties/DefinitionBody/paths/~1events/post/x-amazon-apigateway-integration/payloadFormatVersion',
      '103:19 cfn/unresolved-placeholder /Resources/EventsApi/Properties/DefinitionBody/paths/~1events/post/x-amazon-apigateway-integration/uri',
    ]);
    expect(notes).toEqual([
      `${STACK}: PetsApi (a REST API): not linted, --api-type http asks for HTTP APIs only`,
      `${STACK}: OwnersApi (a REST API): not linted, --api-type http asks for HTTP APIs only`,
      `${STACK}: LegacyApi (BodyS3Location): the definition is not in the template and was not linted`,
    ]);
  });

  it('prints findings on the command line as for any definition', () => {
    const r = apigw(['lint', STACK, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, errors: 4, warnings: 2, infos: 3 });
  });
});
