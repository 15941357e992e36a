import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exportSource, serializeTemplate } from '../../src/export/cfn/index.js';
import { lintWith } from '../support/export.js';
import { routeResource } from '../../src/aws/arn.js';
import { escapeForSub } from '../../src/export/cfn/values.js';
import { parseText } from '../../src/document/load.js';

const root = fileURLToPath(new URL('../../fixtures/export/', import.meta.url));
type Stack = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>; Outputs: Record<string, unknown>; Parameters?: Record<string, unknown> };

const exportText = (text: string, options: Partial<Parameters<typeof exportSource>[1]> = {}) =>
  exportSource(parseText(text, `${root}inline.yaml`, 'inline.yaml'), { cwd: root, lint: lintWith(root), ...options });
const stack = (text: string, options: Partial<Parameters<typeof exportSource>[1]> = {}) => exportText(text, options).template as unknown as Stack;
const fixture = (name: string) => readFileSync(`${root}${name}/api.yaml`, 'utf8');
const deploymentId = (s: Stack) => Object.keys(s.Resources).find((k) => k.startsWith('ApiDeployment'))!;

describe('golden stacks', () => {
  it.each([
    ['rest-lambda', { lambda: { 'order-detail': 'OrderDetailFunction' }, stageVariables: { env: 'prod', legacyHost: 'legacy.example.com' } }],
    ['http-api', { lambda: { fallback: 'arn:aws:lambda:eu-west-1:123456789012:function:fallback:live' } }],
  ] as const)('%s', async (name, options) => {
    const { template } = exportSource(parseText(fixture(name), `${root}${name}/api.yaml`, `${name}/api.yaml`), { cwd: root, lint: lintWith(root), ...options });
    const text = serializeTemplate(template, 'yaml');
    expect(yaml.load(text)).toEqual(template);
    await expect(text).toMatchFileSnapshot(`${root}${name}/expected.cfn.yaml`);
  });
});

describe('REST stack shape', () => {
  const s = stack(fixture('rest-lambda'));
  it('declares the API with its definition, overwrite mode and failing on warnings', () => {
    expect(s.Resources.Api!.Type).toBe('AWS::ApiGateway::RestApi');
    expect(s.Resources.Api!.Properties).toMatchObject({ Mode: 'overwrite', FailOnWarnings: true, EndpointConfiguration: { Types: ['REGIONAL'] } });
  });
  it('has a separate stage on the hashed deployment, and no StageName on the deployment', () => {
    const dep = deploymentId(s);
    expect(dep).toMatch(/^ApiDeployment[0-9a-f]{10}$/);
    expect(s.Resources[dep]!.Properties.StageName).toBeUndefined();
    expect(s.Resources.ApiStage!.Properties).toMatchObject({ DeploymentId: { Ref: dep }, StageName: 'prod' });
  });
  it('has the documented outputs', () => {
    expect(Object.keys(s.Outputs)).toEqual(['ApiId', 'ApiUrl', 'StageName', 'ExecuteApiArn', 'RootResourceId']);
    expect(s.Outputs.ApiUrl).toMatchObject({ Value: { 'Fn::Sub': 'https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${ApiStage}' } });
  });
  it('turns the stack\'s own region, partition and account into pseudo parameters and functions into Parameters', () => {
    const body = s.Resources.Api!.Properties.Body as Record<string, any>;
    expect(body.paths['/orders'].post['x-amazon-apigateway-integration'].uri).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunctionArn}/invocations',
    });
    expect(body.paths['/orders'].post['x-amazon-apigateway-integration'].credentials).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/apigw-invoke' });
    expect(s.Parameters!.OrdersFunctionArn).toMatchObject({ Type: 'String', Default: 'arn:aws:lambda:us-east-1:123456789012:function:orders' });
  });
  it('leaves API Gateway\'s own ${…} alone: unwrapped strings stay literal, wrapped ones are escaped', () => {
    const body = s.Resources.Api!.Properties.Body as Record<string, any>;
    expect(body.paths['/legacy/{proxy+}']['x-amazon-apigateway-any-method']['x-amazon-apigateway-integration'].uri).toBe('https://${stageVariables.legacyHost}/{proxy}');
    expect(escapeForSub('a ${stageVariables.x} ${request.path.id} ${AWS::Region} ${AWS::ApiId} ${!kept}')).toBe('a ${!stageVariables.x} ${!request.path.id} ${AWS::Region} ${!AWS::ApiId} ${!kept}');
  });
});

describe('the deployment id', () => {
  const base = fixture('rest-lambda');
  const id = (text: string) => deploymentId(stack(text));
  it('is the same for the same input and for a reformatted one', () => {
    expect(id(base)).toBe(id(base));
    const reformatted = JSON.stringify(yaml.load(base), null, 4);
    expect(id(reformatted)).toBe(id(base));
  });
  it.each([
    ['a path', (t: string) => t.replace('/orders/{id}:', '/orders/{id}/items:').replace('name: id, in: path', 'name: id, in: path')],
    ['an integration', (t: string) => t.replace('function:order-detail/', 'function:order-detail-v2/')],
    ['a template', (t: string) => t.replace('"stage": "${stageVariables.env}"', '"stage": "${stageVariables.env}", "v": 2')],
  ])('changes when %s changes', (_what, change) => {
    const changed = change(base);
    expect(changed).not.toBe(base);
    expect(id(changed)).not.toBe(id(base));
  });
});

describe('Lambda permissions', () => {
  const permissions = (s: Stack) =>
    Object.entries(s.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Permission').map(([k, r]) => [k.replace(/Permission[0-9a-f]{8}$/, 'Permission<hash>'), (r.Properties.SourceArn as { 'Fn::Sub': string })['Fn::Sub'].replace('arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:', '')]);

  it('REST: one per route, stage *, path parameters and greedy variables *, ANY *', () => {
    expect(routeResource('Api', 'GET', '/orders/{id}', false)).toBe('${Api}/*/GET/orders/*');
    expect(routeResource('Api', 'ANY', '/legacy/{proxy+}', false)).toBe('${Api}/*/*/legacy/*');
    expect(routeResource('Api', 'GET', '/', false)).toBe('${Api}/*/GET/');
    expect(permissions(stack(fixture('rest-lambda')))).toEqual([
      ['OrdersPermission<hash>', '${Api}/*/GET/orders'],
      ['OrdersPermission<hash>', '${Api}/*/POST/orders'],
      ['OrderDetailPermission<hash>', '${Api}/*/GET/orders/*'],
      ['AuthorizerAuthorizerPermission', '${Api}/authorizers/*'],
    ]);
  });

  it('HTTP: the $default route has no method segment', () => {
    expect(permissions(stack(fixture('http-api')))).toEqual([
      ['EventsPermission<hash>', '${HttpApi}/*/GET/events/*'],
      ['FallbackPermission<hash>', '${HttpApi}/*/$default'],
    ]);
  });

  it('collapses to one API-wide permission when a function serves more than 20 routes, or on request', () => {
    const paths = Array.from({ length: 21 }, (_, i) => `  /r${i}:\n    get:\n      responses: {'200': {description: ok}}\n      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:all/invocations'}\n`).join('');
    const many = `openapi: 3.0.1\ninfo: {title: many, version: '1'}\npaths:\n${paths}`;
    expect(permissions(stack(many))).toEqual([['AllPermission', '${Api}/*']]);
    expect(permissions(stack(fixture('rest-lambda'), { permissions: 'api' })).map(([, arn]) => arn)).toEqual(['${Api}/*', '${Api}/*', '${Api}/authorizers/*']);
    expect(permissions(stack(fixture('rest-lambda'), { permissions: 'none' }))).toEqual([]);
  });
});
