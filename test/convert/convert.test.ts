import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegoEngine, TemplateFile } from '@aws/cloudformation-validate';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHttpCompat } from '../../src/compat/index.js';
import { ConvertBlockedError, convertToHttpApi } from '../../src/convert/http.js';
import { exportSource, serializeTemplate } from '../../src/export/cfn/index.js';
import { defaultConfig } from '../../src/lint/config.js';
import { lint, lintText } from '../../src/lint/index.js';
import { loadSource, parseText } from '../../src/document/load.js';
import { onlyDefinition, openDefinitions } from '../../src/model/open.js';
import { apigw } from '../support/cli.js';
import { CORPUS, corpus } from '../support/corpus.js';
import { lintWith } from '../support/export.js';

const root = fileURLToPath(new URL('../../fixtures/convert/', import.meta.url));
const cwd = fileURLToPath(new URL('../../', import.meta.url));
const convert = (name: string, options: Parameters<typeof convertToHttpApi>[1] = {}) => convertToHttpApi(`fixtures/convert/${name}/input.yaml`, { cwd, ...options });
const httpErrors = (definition: unknown) =>
  lintText(JSON.stringify(definition), join(cwd, 'converted.json'), { apiType: 'http', config: defaultConfig(cwd), cwd }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
const lines = (changes: Array<{ action: string; line?: number; column?: number; detail: string }>) => changes.map((c) => `${c.action} @${c.line}:${c.column}: ${c.detail}`);

describe('convert http: one fixture per conversion', () => {
  it.each([
    ['lambda-and-token-authorizer', {}],
    ['cognito-to-jwt', { jwtAudience: ['client-1'] }],
    ['cors-mocks', {}],
    ['http-proxy-mapping', {}],
    ['sqs-subtype', {}],
    ['swagger2-lift', {}],
  ] as const)('%s: output as expected, and it lints clean as an HTTP API', async (name, options) => {
    const { definition } = await convert(name, options);
    expect(httpErrors(definition)).toEqual([]);
    await expect(yaml.dump(definition, { noRefs: true, lineWidth: -1 })).toMatchFileSnapshot(`${root}${name}/expected.yaml`);
  });

  it('Lambda proxy keeps payload 1.0; a TOKEN authorizer becomes REQUEST on its header; REST-only settings are removed', async () => {
    const { report } = await convert('lambda-and-token-authorizer');
    expect(lines(report.changes)).toEqual([
      'rewritten @12:7: GET /pets: Lambda proxy integration with payloadFormatVersion "1.0", so the handler keeps the REST event shape',
      'rewritten @25:7: authorizer "tokenAuth": TOKEN authorizer became a REQUEST authorizer on $request.header.X-Token with payload format 1.0',
      'removed @29:9: authorizer "tokenAuth": identityValidationExpression removed; the function checks the token format',
      'removed @3:1: x-amazon-apigateway-binary-media-types removed (REST API only)',
      'removed @4:1: x-amazon-apigateway-minimum-compression-size removed (REST API only)',
    ]);
    expect(report.manualSteps).toContain('Change authorizer function "tokenAuth": it receives a REQUEST event and reads the token from the header instead of authorizationToken');
  });

  it('Cognito becomes JWT with the issuer from the pool ARN; without --jwt-audience a named placeholder and a manual step', async () => {
    const { definition, report } = await convert('cognito-to-jwt');
    const auth = (definition as any).components.securitySchemes.pool['x-amazon-apigateway-authorizer'];
    expect(auth.jwtConfiguration).toEqual({ issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf', audience: ['REPLACE_WITH_APP_CLIENT_ID'] });
    expect(report.manualSteps).toContain('Set the audience of JWT authorizer "pool" to the user pool\'s app client ids (or pass --jwt-audience)');
  });

  it('CORS preflight mocks become x-amazon-apigateway-cors built from the headers they returned', async () => {
    const { definition, report } = await convert('cors-mocks');
    expect((definition as any)['x-amazon-apigateway-cors']).toEqual({ allowOrigins: ['https://shop.example.com'], allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 });
    expect((definition as any).paths['/cart'].options).toBeUndefined();
    expect(lines(report.changes)).toContain('removed @9:5: OPTIONS /cart: CORS preflight mock removed; x-amazon-apigateway-cors answers preflight requests');
  });

  it('HTTP proxy request parameters become HTTP API parameter mapping', async () => {
    const { definition } = await convert('http-proxy-mapping');
    expect((definition as any).paths['/items/{id}'].get['x-amazon-apigateway-integration'].requestParameters).toEqual({
      'overwrite:querystring.search': '$request.querystring.q',
      'overwrite:header.x-trace-id': '$request.header.X-Trace',
      'overwrite:header.x-source': 'apigw',
      'overwrite:header.x-stage': '$stageVariables.env',
    });
  });

  it('an SQS service integration becomes the SQS-SendMessage subtype', async () => {
    const { definition } = await convert('sqs-subtype');
    expect((definition as any).paths['/orders'].post['x-amazon-apigateway-integration']).toEqual({
      type: 'aws_proxy', integrationSubtype: 'SQS-SendMessage', credentials: 'arn:aws:iam::123456789012:role/apigw-sqs', payloadFormatVersion: '1.0',
      requestParameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', MessageBody: '$request.body' },
    });
  });

  it('Swagger 2.0 is lifted to OpenAPI 3.0', async () => {
    const { definition } = await convert('swagger2-lift');
    const d = definition as any;
    expect(d.openapi).toBe('3.0.1');
    expect(d.servers).toEqual([{ url: 'https://api.example.com/v1' }]);
    expect(d.components.schemas.Pet).toBeDefined();
    expect(d.paths['/pets'].post.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } });
    expect(d.paths['/pets'].post.parameters).toEqual([{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }]);
  });
});

describe('blocking input', () => {
  it('throws and writes nothing; --drop-blocking converts and lists what is lost', async () => {
    await expect(convert('blocking')).rejects.toBeInstanceOf(ConvertBlockedError);
    const { definition, report } = await convert('blocking', { dropBlocking: true });
    expect(report.lost).toEqual(expect.arrayContaining([
      'dev.request-validation (Request validation) is not available in HTTP APIs',
      'dev.vtl-request (Request mapping templates (VTL)) is not available in HTTP APIs',
      'POST /pets: request mapping templates removed (HTTP APIs have no VTL)',
    ]));
    expect(httpErrors(definition)).toEqual([]);
  });

  it('the CLI exits 1 and writes no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-convert-'));
    const out = join(dir, 'http.yaml');
    const r = apigw(['convert', 'http', 'fixtures/convert/blocking/input.yaml', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe([
      'apigw: blocking: fixtures/convert/blocking/input.yaml:8:7  POST /pets: dev.request-validation (Request validation): POST /pets uses validator "all"',
      'apigw: blocking: fixtures/convert/blocking/input.yaml:15:9  POST /pets: dev.vtl-request (Request mapping templates (VTL))',
      'apigw: error: fixtures/convert/blocking/input.yaml: 2 use(s) of features HTTP APIs lack would be dropped or changed; nothing was written (--drop-blocking converts anyway and lists what is lost)',
      '',
    ].join('\n'));
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'mine');
    expect(apigw(['convert', 'http', 'fixtures/convert/cors-mocks/input.yaml', '-o', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const ok = apigw(['convert', 'http', 'fixtures/convert/cors-mocks/input.yaml', '-o', out, '--force', '--report', 'json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).verdict).toBe('convertible-with-change');
    expect(yaml.load(readFileSync(out, 'utf8'))).toMatchObject({ openapi: '3.0.1' });
  });
});

describe('the report as findings (--report stylish|sarif|github|junit)', () => {
  it('each change is a convert/<action> finding at the change\'s place; lost is a warning, the others info', async () => {
    const { report, diagnostics } = await convert('blocking', { dropBlocking: true });
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column, d.pointer, d.message])).toEqual(
      report.changes.map((c) => [`convert/${c.action}`, c.line, c.column, c.pointer, c.detail]),
    );
    expect(new Set(diagnostics.map((d) => `${d.ruleId}=${d.severity}`))).toContain('convert/lost=warning');
    for (const d of diagnostics) expect(d.severity).toBe(d.ruleId === 'convert/lost' ? 'warning' : 'info');
  });

  it('a blocked conversion gives each blocker as an error finding', async () => {
    const err = await convert('blocking').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConvertBlockedError);
    expect((err as ConvertBlockedError).diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.column])).toEqual([
      ['compat/dev.request-validation', 'error', 8, 7],
      ['compat/dev.vtl-request', 'error', 15, 9],
    ]);
  });

  it('the CLI prints them where the report goes, and keeps its exit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-convert-'));
    try {
      const ok = apigw(['convert', 'http', 'fixtures/convert/swagger2-lift/input.yaml', '-o', join(dir, 'a.yaml'), '--report', 'stylish']);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toBe([
        'fixtures/convert/swagger2-lift/input.yaml:1:1   info  convert/lifted     Swagger 2.0 became OpenAPI 3.0.1 (servers, components, request bodies and response content rewritten)  #/swagger',
        'fixtures/convert/swagger2-lift/input.yaml:21:7  info  convert/rewritten  POST /pets: Lambda proxy integration with payloadFormatVersion "1.0", so the handler keeps the REST event shape  #/paths/~1pets/post/x-amazon-apigateway-integration',
        '',
        '2 problems (0 errors, 0 warnings, 2 info)',
        '',
      ].join('\n'));
      // Without -o the definition is standard output and the report standard error, as with markdown.
      const piped = apigw(['convert', 'http', 'fixtures/convert/swagger2-lift/input.yaml', '--report', 'github']);
      expect(piped.status).toBe(0);
      expect(yaml.load(piped.stdout)).toMatchObject({ openapi: '3.0.1' });
      expect(piped.stderr).toMatch(/^::notice file=fixtures\/convert\/swagger2-lift\/input\.yaml,line=1,col=1,endLine=1,endColumn=\d+,title=convert\/lifted::Swagger 2\.0 became OpenAPI 3\.0\.1/);
      const blocked = apigw(['convert', 'http', 'fixtures/convert/blocking/input.yaml', '-o', join(dir, 'b.yaml'), '--report', 'junit']);
      expect(blocked.status).toBe(1);
      expect(blocked.stdout).toContain('<testsuites name="apigw convert http" tests="2" failures="2" errors="0">');
      expect(blocked.stdout).toContain('<failure type="error" message="Request mapping templates (VTL) in POST /pets: blocking the move to an HTTP API">');
      expect(blocked.stderr).toBe('apigw: error: fixtures/convert/blocking/input.yaml: 2 use(s) of features HTTP APIs lack would be dropped or changed; nothing was written (--drop-blocking converts anyway and lists what is lost)\n');
      expect(existsSync(join(dir, 'b.yaml'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const engine = new RegoEngine();
afterAll(() => engine.free());
const METHODS = new Map([['get', 'GET'], ['put', 'PUT'], ['post', 'POST'], ['delete', 'DELETE'], ['head', 'HEAD'], ['patch', 'PATCH'], ['x-amazon-apigateway-any-method', 'ANY']]);
/** "METHOD /path" of every operation but OPTIONS, as the report names them. */
const operations = (doc: any) =>
  Object.entries(doc.paths ?? {}).flatMap(([path, item]) => Object.keys(item ?? {}).filter((k) => METHODS.has(k)).map((k) => `${METHODS.get(k)} ${path}`)).sort();

describe('corpus: every REST definition converts with all its operations, or is refused for what blocks it', () => {
  const out = mkdtempSync(join(tmpdir(), 'apigw-convert-corpus-'));
  it.each(corpus.filter((e) => e.api_kind === 'rest').map((e) => [e.file] as const))('%s', async (file) => {
    const path = join(CORPUS, file);
    const before = operations(yaml.load(readFileSync(path, 'utf8')));
    expect(before.length).toBeGreaterThan(0);
    // Conversion adds no error: the converted definition has none but those the REST one already had.
    const restErrors = (await lint(path, { apiType: 'rest', config: defaultConfig(cwd), cwd })).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
    const added = (definition: unknown) => httpErrors(definition).filter((e) => !restErrors.includes(e));
    const compat = await checkHttpCompat(path, { cwd });
    const blocking = compat.features.filter((f) => f.verdict === 'blocking').map((f) => f.id);
    const refused = await convertToHttpApi(path, { cwd }).then(() => undefined, (err: unknown) => err);
    if (compat.verdict === 'blocking') expect(refused).toBeInstanceOf(ConvertBlockedError);
    if (refused) {
      // Refused for exactly the blocking features compat names, plus what the rewrite itself cannot keep.
      expect(refused).toBeInstanceOf(ConvertBlockedError);
      const blockers = (refused as ConvertBlockedError).blockers;
      expect([...new Set(blockers.map((b) => b.id).filter((id) => id !== 'convert'))]).toEqual(blocking);
      for (const b of blockers.filter((x) => x.id === 'convert')) expect(b.reason).toBeTruthy();
      // --drop-blocking converts anyway: it adds no error, and each operation that went is reported lost.
      const { definition, report } = await convertToHttpApi(path, { cwd, dropBlocking: true });
      expect(added(definition)).toEqual([]);
      const gone = before.filter((op) => !operations(definition).includes(op));
      expect(gone.filter((op) => !report.lost.some((l) => l.startsWith(`${op}: `))), report.lost.join('\n')).toEqual([]);
      return;
    }
    expect(blocking).toEqual([]);
    const { definition, report } = await convertToHttpApi(path, { cwd });
    expect(operations(definition)).toEqual(before);
    expect(report.verdict).toBe(compat.verdict);
    expect(added(definition)).toEqual([]);
    // An input that cannot deploy as a REST API (a method without integration) cannot as an HTTP API either.
    if (restErrors.length || lintWith(cwd)(onlyDefinition(openDefinitions(loadSource(path, file), { apiType: 'rest', cwd }))).deployFails.length) return;
    const source = parseText(JSON.stringify(definition), join(out, `${file}.json`), `${file}.json`);
    const { template } = exportSource(source, { apiType: 'http', lint: lintWith(cwd), cwd });
    const stack = join(out, `${file}.cfn.yaml`);
    writeFileSync(stack, serializeTemplate(template, 'yaml'));
    const errors = engine.validateStandard(new TemplateFile(stack)).diagnostics.filter((d) => d.severity === 'ERROR' || d.severity === 'FATAL');
    expect(errors.map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  });
});
