import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkHttpCompat } from '../../src/compat/index.js';
import { ConvertBlockedError, convertToHttpApi } from '../../src/convert/http.js';
import { formatReportMarkdown } from '../../src/convert/report.js';
import { apigw, ROOT } from '../support/cli.js';

// Each case of "convert, export and check-http-compat never lose or invent behaviour quietly",
// on definitions taken from real files (each fixture names its source).
const dir = 'fixtures/convert/fidelity';
const fixture = (name: string) => `${dir}/${name}.yaml`;
const convert = (name: string, options: Parameters<typeof convertToHttpApi>[1] = {}) => convertToHttpApi(fixture(name), { cwd: ROOT, ...options });
const uses = async (name: string) => (await checkHttpCompat(fixture(name), { cwd: ROOT })).features.flatMap((f) => f.locations.map((l) => `${f.id} ${l.verdict} ${l.line}:${l.column} ${l.route ?? '-'}`));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'x-amazon-apigateway-any-method'];
const ops = (doc: any) => Object.entries(doc.paths ?? {}).flatMap(([p, item]) => Object.keys(item as object).filter((m) => METHODS.includes(m)).map((m) => `${m} ${p}`)).sort();
const exportJson = (name: string, args: string[] = []) => {
  const r = apigw(['export', 'cfn', fixture(name), '-f', 'json', '--no-config', ...args]);
  return { ...r, template: r.status === 0 ? JSON.parse(r.stdout) : undefined };
};
/** Plain strings of a Body that still hold a `${name}` API Gateway does not read itself. */
const literalPlaceholders = (node: unknown): string[] => {
  if (typeof node === 'string') return [...node.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[0]).filter((p) => !/^\$\{(stageVariables|request|context)\./.test(p));
  if (Array.isArray(node)) return node.flatMap(literalPlaceholders);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'Fn::Sub' ? [] : literalPlaceholders(v)));
  return [];
};

describe('an AWS_PROXY integration is a Lambda proxy whatever its uri is written with', () => {
  it('Terraform ${openapi_demo_lambda_uri}: check-http-compat counts each as a Lambda proxy', async () => {
    expect(await uses('terraform-lambda-proxy')).toEqual([
      'integ.lambda-proxy supported 15:7 POST /customers',
      'integ.lambda-proxy supported 31:7 GET /customers/{id}',
      'integ.lambda-proxy supported 40:7 DELETE /customers/{id}',
    ]);
  });

  it('convert keeps every operation and the placeholder as written', async () => {
    const { definition } = await convert('terraform-lambda-proxy');
    expect(ops(definition)).toEqual(['delete /customers/{id}', 'get /customers/{id}', 'post /customers']);
    expect((definition as any).paths['/customers'].post['x-amazon-apigateway-integration']).toEqual({ type: 'aws_proxy', httpMethod: 'POST', uri: '${openapi_demo_lambda_uri}', payloadFormatVersion: '1.0' });
  });

  it('an Fn::Sub uri in a console export is a Lambda proxy too, and its CORS preflight mock with contentHandling is not binary media', async () => {
    expect(await uses('console-cors')).toEqual([
      'dev.cors convertible-with-change 21:5 OPTIONS /contacts',
      'integ.lambda-proxy supported 15:7 GET /contacts',
    ]);
    const { definition } = await convert('console-cors');
    expect(ops(definition)).toEqual(['get /contacts']);
    expect((definition as any)['x-amazon-apigateway-cors']).toEqual({ allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'] });
  });

  it('an integration of type aws whose uri is only a placeholder is named as unknown, not as a blank service', async () => {
    const compat = await checkHttpCompat(fixture('terraform-credentials'), { cwd: ROOT });
    expect(compat.features.find((f) => f.id === 'integ.aws-service')?.details).toEqual([
      'POST /wait/{time}: the uri ${lambda_invocation_arn} does not say whether it is a Lambda function or which AWS service it calls',
    ]);
  });
});

describe('intrinsic-wrapped URIs in CloudFormation methods', () => {
  it('name their service and count as a Lambda proxy', async () => {
    const compat = await checkHttpCompat(fixture('cfn-methods'), { cwd: ROOT });
    expect(compat.features.map((f) => `${f.id} ${f.verdict} ${f.details.join('; ')}`)).toEqual([
      'integ.aws-service convertible-with-change sqs SendMessage → integrationSubtype SQS-SendMessage',
      'endpoint.regional supported ',
      'integ.lambda-proxy supported ',
    ]);
  });
});

describe('convert never removes or changes what a route does without saying so', () => {
  it('a path mapping to another name blocks: exit 1, nothing written, the route and the reason named', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'apigw-fidelity-')), 'http.yaml');
    const r = apigw(['convert', 'http', fixture('path-mapping'), '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      'apigw: blocking: fixtures/convert/fidelity/path-mapping.yaml:25:11  GET /pets/{petId}: dev.parameter-mapping (Request and response parameter mapping): path mapping integration.request.path.id ← method.request.path.petId has no HTTP API form (the back end would be called with another URL)',
      'apigw: error: fixtures/convert/fidelity/path-mapping.yaml: 1 use(s) of features HTTP APIs lack would be dropped or changed; nothing was written (--drop-blocking converts anyway and lists what is lost)',
      '',
    ].join('\n'));
    expect(() => readFileSync(out)).toThrow();
  });

  it('with --drop-blocking the report lists exactly what was lost, and says the flag was given', async () => {
    const { report } = await convert('path-mapping', { dropBlocking: true });
    expect(report.lost).toEqual([
      'dev.parameter-mapping (Request and response parameter mapping) is not available in HTTP APIs',
      'GET /pets/{petId}: path mapping integration.request.path.id ← method.request.path.petId has no HTTP API form (the back end would be called with another URL)',
    ]);
    expect(formatReportMarkdown(report)).toContain('#### Behaviour lost (converted with --drop-blocking)');
  });

  it('the report never claims a flag that was not given', async () => {
    const { report } = await convert('terraform-lambda-proxy');
    expect(report.dropBlocking).toBe(false);
    expect(formatReportMarkdown({ ...report, lost: ['x'] })).not.toContain('--drop-blocking');
  });

  it('a Step Functions template that only aliases the body converts; one that builds the input from path and query blocks at the template', async () => {
    expect(await uses('stepfunctions-template')).toEqual([
      'dev.vtl-request blocking 48:11 POST /orders/{orderId}',
      'integ.aws-service convertible-with-change 20:9 POST /executions',
      'integ.aws-service convertible-with-change 46:9 POST /orders/{orderId}',
    ]);
    // The uri's region is a template variable: the service is still named.
    const compat = await checkHttpCompat(fixture('stepfunctions-template'), { cwd: ROOT });
    expect(compat.features.find((f) => f.id === 'integ.aws-service')?.details).toEqual(['states StartExecution → integrationSubtype StepFunctions-StartExecution']);
    const err = await convert('stepfunctions-template').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConvertBlockedError);
    expect((err as ConvertBlockedError).blockers).toEqual([{
      route: 'POST /orders/{orderId}', id: 'dev.vtl-request', title: 'Request mapping templates (VTL)',
      reason: 'the request template for application/json builds "input" in a way HTTP API parameter mapping cannot express',
      where: 'fixtures/convert/fidelity/stepfunctions-template.yaml:48:11',
    }]);
    const { definition } = await convert('stepfunctions-template', { dropBlocking: true });
    expect((definition as any).paths['/executions'].post['x-amazon-apigateway-integration']).toEqual({
      type: 'aws_proxy', integrationSubtype: 'StepFunctions-StartExecution', credentials: '${api_role_arn}', payloadFormatVersion: '1.0',
      requestParameters: { StateMachineArn: '${state_machine_arn}', Input: '$request.body' },
    });
  });
});

describe('HTTP API definitions and templates with several APIs', () => {
  it.each([['check-http-compat'], ['convert', 'http']])('%s refuses an HTTP API definition (exit 2)', (...command) => {
    const r = apigw([...command, fixture('http-api')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: fixtures/convert/fidelity/http-api.yaml: already an HTTP API; check-http-compat and convert http read REST API definitions\n');
  });

  it.each([['check-http-compat'], ['convert', 'http']])('%s refuses a template whose only API is a WebSocket API, saying so (exit 2)', (...command) => {
    const r = apigw([...command, 'fixtures/websocket/simple-websockets-chat-app__template.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: fixtures/websocket/simple-websockets-chat-app__template.yaml: the template has no REST API, only WebSocket or HTTP APIs; check-http-compat and convert http read REST API definitions\n');
  });

  it('convert needs --api for a template with several REST APIs', () => {
    const r = apigw(['convert', 'http', fixture('two-apis')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('apigw: error: fixtures/convert/fidelity/two-apis.yaml: the template has 2 REST APIs; choose one with --api LOGICAL_ID (AdminApi, PublicApi)\n');
    expect(apigw(['convert', 'http', fixture('two-apis'), '--api', 'Nope']).stderr).toBe('apigw: error: fixtures/convert/fidelity/two-apis.yaml: --api Nope: the template has no REST API of that logical id (REST APIs: AdminApi, PublicApi)\n');
  });

  it('--api converts that API, with the SAM steps in the report', async () => {
    const { definition, report } = await convert('two-apis', { api: 'PublicApi' });
    expect(ops(definition)).toEqual(['get /items']);
    expect(report.api).toBe('PublicApi');
    expect(report.manualSteps.slice(-2)).toEqual([
      'Change PublicApi from AWS::Serverless::Api to AWS::Serverless::HttpApi and put the converted definition in its DefinitionBody; REST-only properties (EndpointConfiguration, MethodSettings, CacheClusterEnabled, Cors as a string) have HttpApi counterparts or none',
      'Change event ListItems of function ItemsFunction from Type: Api to Type: HttpApi with ApiId: !Ref PublicApi',
    ]);
    await expect(convert('two-apis', { api: 'AdminApi' })).rejects.toBeInstanceOf(ConvertBlockedError);
  });

  it('check-http-compat reports each API on its own', async () => {
    const r = await checkHttpCompat(fixture('two-apis'), { cwd: ROOT });
    expect(r.apis.map((a) => `${a.name} ${a.verdict} ${a.features.map((f) => f.id).join(',')}`)).toEqual([
      'AdminApi blocking mon.xray,endpoint.regional',
      'PublicApi supported endpoint.regional,integ.lambda-proxy',
    ]);
  });
});

describe('export cfn keeps placeholders and refuses what cannot deploy', () => {
  it('each ${name} becomes a Parameter used through Fn::Sub: uri, credentials, title; none is left as text', () => {
    const { status, template } = exportJson('terraform-credentials');
    expect(status).toBe(0);
    const body = template.Resources.Api.Properties.Body;
    expect(literalPlaceholders(body)).toEqual([]);
    expect(body.info.title).toEqual({ 'Fn::Sub': '${ApiTitle}' });
    const integ = body.paths['/wait/{time}'].post['x-amazon-apigateway-integration'];
    expect(integ.uri).toEqual({ 'Fn::Sub': '${LambdaInvocationArn}' });
    expect(integ.credentials).toEqual({ 'Fn::Sub': '${Credentials}' });
    expect(Object.keys(template.Parameters)).toEqual(['ApiTitle', 'Credentials', 'LambdaInvocationArn']);
  });

  it('a whole-placeholder invocation URI gives the permission the function ARN inside it', () => {
    const { template } = exportJson('terraform-lambda-proxy');
    const permissions = Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === 'AWS::Lambda::Permission');
    expect(permissions.map((p) => p.Properties.FunctionName)).toEqual(Array(permissions.length).fill({
      'Fn::Select': [0, { 'Fn::Split': ['/invocations', { 'Fn::Select': [1, { 'Fn::Split': ['/functions/', { 'Fn::Sub': '${OpenapiDemoLambdaUri}' }] }] }] }],
    }));
  });

  it('a template variable in a service uri and a mapping template becomes a Parameter; VTL stays VTL', () => {
    const { template } = exportJson('stepfunctions-template');
    const integ = template.Resources.Api.Properties.Body.paths['/executions'].post['x-amazon-apigateway-integration'];
    expect(integ.uri).toEqual({ 'Fn::Sub': 'arn:aws:apigateway:${Region}:states:action/StartExecution' });
    expect(Object.keys(template.Parameters)).toEqual(['ApiRoleArn', 'Region', 'StateMachineArn']);
    expect(integ.requestTemplates['application/json']).toEqual({ 'Fn::Sub': "#set($data = $util.escapeJavaScript($input.json('$')))\n{\n    \"input\": \"$data\",\n    \"stateMachineArn\": \"${StateMachineArn}\"\n}" });
  });

  it('a finding that says the deploy fails stops the export at any severity; --rule turns a wrong one off', () => {
    const refused = exportJson('method-without-integration');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('fixtures/convert/fidelity/method-without-integration.yaml:10:5  warning  path/method-without-integration');
    expect(exportJson('method-without-integration', ['--rule', 'path/method-without-integration=info']).status).toBe(1);
    expect(exportJson('method-without-integration', ['--rule', 'path/method-without-integration=off']).status).toBe(0);
    expect(exportJson('method-without-integration', ['--rule', 'nope=off']).status).toBe(2);
  });

  it('--lambda names that match nothing and invalid stage names are usage errors', () => {
    const lambda = exportJson('console-cors', ['--lambda', 'Nope=arn:aws:lambda:us-east-1:123456789012:function:x']);
    expect(lambda.status).toBe(2);
    expect(lambda.stderr).toBe('apigw: error: --lambda Nope: no Lambda function of that name in the definition\n');
    const stage = exportJson('console-cors', ['--stage', 'prod stage']);
    expect(stage.status).toBe(2);
    expect(stage.stderr).toBe('apigw: error: --stage "prod stage": a stage name has only letters, digits, hyphens and underscores (at most 128)\n');
  });

  it('an unquoted swagger: 2.0 is written as \'2.0\'', () => {
    const r = apigw(['export', 'cfn', fixture('path-mapping'), '--no-config']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {8}swagger: '2\.0'$/m);
    expect((yaml.load(r.stdout) as any).Resources.Api.Properties.Body.swagger).toBe('2.0');
  });
});
