import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/load.js';
import { type DefinitionInput, NotAnApiDefinitionError, onlyDefinition, type OpenedDefinitions, openDefinitions, type OpenOptions } from '../../src/model/open.js';
import { UserError } from '../../src/errors.js';
import { ROOT } from '../support/cli.js';

const SWAGGER = [
  'swagger: "2.0"',
  'info: {title: t, version: "1"}',
  'paths:',
  '  /pets:',
  '    get:',
  '      responses: {"200": {description: ok}}',
  '      x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: "{}"}}',
].join('\n');

const HTTP_OAS3 = [
  'openapi: 3.0.1',
  'info: {title: t, version: "1"}',
  'x-amazon-apigateway-cors: {allowOrigins: ["*"]}',
  'paths:',
  '  /items:',
  '    get:',
  '      x-amazon-apigateway-integration: {type: aws_proxy, httpMethod: POST, uri: arn:aws:lambda:us-east-1:123456789012:function:f, payloadFormatVersion: "2.0"}',
].join('\n');

/** A SAM template: two APIs written inline (REST, HTTP), one whose definition is in S3, one brought in with AWS::Include. */
const TEMPLATE = [
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Orders:',
  '    Type: AWS::Serverless::Api',
  '    Properties:',
  '      StageName: prod',
  '      DefinitionBody:',
  '        swagger: "2.0"',
  '        info: {title: orders, version: "1"}',
  '        paths:',
  '          /orders:',
  '            post:',
  '              x-amazon-apigateway-integration: {type: mock}',
  '  Events:',
  '    Type: AWS::ApiGatewayV2::Api',
  '    Properties:',
  '      Body:',
  '        openapi: 3.0.1',
  '        info: {title: events, version: "1"}',
  '        paths:',
  '          /events:',
  '            get: {}',
  '  Legacy:',
  '    Type: AWS::ApiGateway::RestApi',
  '    Properties:',
  '      BodyS3Location: {Bucket: b, Key: legacy.yaml}',
  '  Included:',
  '    Type: AWS::Serverless::Api',
  '    Properties:',
  '      DefinitionBody:',
  '        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/api.yaml}}',
].join('\n');

const text = (body: string, file = 'api.yaml'): DefinitionInput => ({ text: body, file });

/** What a test looks at: one line per definition and per note. */
function summary(opened: OpenedDefinitions): string[] {
  return [
    `${opened.kind} ${opened.file}`,
    ...opened.definitions.map((d) => `${d.reader} ${d.apiType} ${d.logicalId ?? '-'} ${d.resourceType ?? '-'} ${d.pointer || "''"} ${d.model.version} ${d.model.operations.map((o) => o.label).join(',')}`),
    ...opened.notes.map((n) => `note ${n.kind} ${n.what} ${n.pointer}`),
  ];
}

describe('openDefinitions', () => {
  const cwd = ROOT;
  const cases: Array<{ name: string; input: DefinitionInput; options?: OpenOptions; expected: string[] }> = [
    {
      name: 'a Swagger 2 file, by path: one REST definition, the whole file',
      input: 'fixtures/corpus/awsdocs__lambda-proxy.swagger20.json',
      expected: ['openapi fixtures/corpus/awsdocs__lambda-proxy.swagger20.json', "openapi rest - - '' 2.0 GET /calc,POST /calc,GET /calc/{operand1}/{operand2}/{operator}"],
    },
    {
      name: 'an OpenAPI 3 HTTP API, its type decided from the document',
      input: text(HTTP_OAS3),
      expected: ['openapi api.yaml', "openapi http - - '' 3.0 GET /items"],
    },
    {
      name: 'an OpenAPI document read as the type asked for',
      input: text(HTTP_OAS3),
      options: { apiType: 'rest' },
      expected: ['openapi api.yaml', "openapi rest - - '' 3.0 GET /items"],
    },
    {
      name: 'text held in memory, named as standard input would not be: by the file given',
      input: text(SWAGGER, 'specs/in-memory.yaml'),
      expected: ['openapi specs/in-memory.yaml', "openapi rest - - '' 2.0 GET /pets"],
    },
    {
      name: 'a SAM template: each API written inline, typed by its resource, and notes for the others',
      input: text(TEMPLATE, 'stack.yaml'),
      expected: [
        'cloudformation stack.yaml',
        'cloudformation-inline rest Orders AWS::Serverless::Api /Resources/Orders/Properties/DefinitionBody 2.0 POST /orders',
        'cloudformation-inline http Events AWS::ApiGatewayV2::Api /Resources/Events/Properties/Body 3.0 GET /events',
        'note not-inline Legacy (BodyS3Location) /Resources/Legacy/Properties/BodyS3Location',
        'note not-inline Included (DefinitionBody is brought in with AWS::Include) /Resources/Included/Properties/DefinitionBody',
      ],
    },
    {
      name: 'a template, REST APIs only: the HTTP API becomes a note',
      input: text(TEMPLATE, 'stack.yaml'),
      options: { apiType: 'rest' },
      expected: [
        'cloudformation stack.yaml',
        'cloudformation-inline rest Orders AWS::Serverless::Api /Resources/Orders/Properties/DefinitionBody 2.0 POST /orders',
        'note other-type Events (an HTTP API) /Resources/Events/Properties/Body',
        'note not-inline Legacy (BodyS3Location) /Resources/Legacy/Properties/BodyS3Location',
        'note not-inline Included (DefinitionBody is brought in with AWS::Include) /Resources/Included/Properties/DefinitionBody',
      ],
    },
    {
      name: 'a template, one API picked by its logical id',
      input: text(TEMPLATE, 'stack.yaml'),
      options: { pick: 'Events' },
      expected: [
        'cloudformation stack.yaml',
        'cloudformation-inline http Events AWS::ApiGatewayV2::Api /Resources/Events/Properties/Body 3.0 GET /events',
        'note not-inline Legacy (BodyS3Location) /Resources/Legacy/Properties/BodyS3Location',
        'note not-inline Included (DefinitionBody is brought in with AWS::Include) /Resources/Included/Properties/DefinitionBody',
      ],
    },
    {
      name: 'a template whose only API is in S3: no definition, one note',
      input: text('Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      BodyS3Location: {Bucket: b, Key: k}\n', 's3.yaml'),
      expected: ['cloudformation s3.yaml', 'note not-inline Api (BodyS3Location) /Resources/Api/Properties/BodyS3Location'],
    },
  ];

  it.each(cases)('$name', ({ input, options, expected }) => {
    expect(summary(openDefinitions(input, { cwd, ...options }))).toEqual(expected);
  });

  it('gives each model element the file and pointer that declared it', () => {
    const [events] = openDefinitions(text(TEMPLATE, 'stack.yaml'), { cwd, pick: 'Events' }).definitions;
    const op = events!.model.operations[0]!;
    expect(op.loc.source.displayPath(cwd)).toBe('stack.yaml');
    expect(op.loc.pointer).toBe('/Resources/Events/Properties/Body/paths/~1events/get');
    expect(op.loc.source.locate(op.loc.pointer, 'key').range.start).toEqual({ line: 22, column: 13 });
  });

  it('takes a loaded source as it is, and builds a model only when it is read, once', () => {
    const source = parseText(SWAGGER, join(cwd, 'loaded.yaml'), 'loaded.yaml');
    const opened = openDefinitions(source, { cwd });
    expect(opened.source).toBe(source);
    const [d] = opened.definitions;
    expect(d!.model).toBe(d!.model);
  });

  it('reads standard input for "-", named <stdin> (the built module, in a process of its own)', () => {
    const code = "const { openDefinitions } = await import('./dist/model/open.js'); const o = openDefinitions('-'); console.log(JSON.stringify([o.file, o.definitions.map((d) => [d.apiType, d.model.operations.map((x) => x.label)])]));";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, input: SWAGGER, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['<stdin>', [['rest', ['GET /pets']]]]);
  });

  const refused: Array<{ name: string; input: DefinitionInput; options?: OpenOptions; message: string; type?: typeof UserError }> = [
    {
      name: 'an id the template has no API of',
      input: text(TEMPLATE, 'stack.yaml'), options: { pick: 'Nope' },
      message: 'stack.yaml: the CloudFormation template has no API "Nope" written inline (APIs: Orders, Events)',
    },
    {
      name: 'an id of an API whose definition is elsewhere',
      input: text(TEMPLATE, 'stack.yaml'), options: { pick: 'Legacy', apiType: 'rest' },
      message: 'stack.yaml: the CloudFormation template has no REST API "Legacy" written inline (REST APIs: Orders); found Legacy (BodyS3Location)',
    },
    {
      name: 'an id of an API of another type than asked',
      input: text(TEMPLATE, 'stack.yaml'), options: { pick: 'Events', apiType: 'rest' },
      message: 'stack.yaml: the CloudFormation template has no REST API "Events" written inline (REST APIs: Orders); found Events (an HTTP API)',
    },
    {
      name: 'an id for an OpenAPI document',
      input: text(SWAGGER), options: { pick: 'Api', apiType: 'rest' },
      message: 'api.yaml: --api picks a REST API in a CloudFormation template; this is a definition',
    },
    {
      name: 'a list', input: text('- a\n- b\n', 'list.yaml'), type: NotAnApiDefinitionError,
      message: 'list.yaml: not an OpenAPI document: the top level is a list, not a mapping',
    },
    {
      name: 'a mapping that is neither', input: text('name: x\nversion: 1\n', 'package.yaml'), type: NotAnApiDefinitionError,
      message: 'package.yaml: not an OpenAPI document: no "swagger", "openapi" or "paths" at the top level',
    },
  ];

  it.each(refused)('refuses $name', ({ input, options, message, type }) => {
    const run = () => openDefinitions(input, { cwd, ...options });
    expect(run).toThrow(type ?? UserError);
    expect(run).toThrow(message);
  });

  it('onlyDefinition asks for --api when a template has several, and says what a template without one has', () => {
    expect(() => onlyDefinition(openDefinitions(text(TEMPLATE, 'stack.yaml'), { cwd }))).toThrow('stack.yaml: the CloudFormation template has several APIs (Orders, Events); choose one with --api');
    expect(onlyDefinition(openDefinitions(text(TEMPLATE, 'stack.yaml'), { cwd, apiType: 'http' })).logicalId).toBe('Events');
    const s3 = text('Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      BodyS3Location: {Bucket: b, Key: k}\n', 's3.yaml');
    expect(() => onlyDefinition(openDefinitions(s3, { cwd, apiType: 'rest' }))).toThrow('s3.yaml: the CloudFormation template has no REST API written inline; not opened: Api (BodyS3Location)');
  });
});
