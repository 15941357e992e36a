import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/compat/index.js';
import { ConvertBlockedError, convertSource } from '../../src/convert/http.js';
import { loadSource, parseText } from '../../src/document/load.js';
import { ROOT } from '../support/cli.js';
import { CORPUS, corpus } from '../support/corpus.js';

// Random REST definitions mixing integrations HTTP APIs support, support with a change, and lack.
const LAMBDA = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
const INTEGRATIONS: Record<string, Record<string, unknown>> = {
  lambdaProxy: { type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA },
  lambdaProxyPlaceholder: { type: 'aws_proxy', httpMethod: 'POST', uri: '${lambda_uri}' },
  lambdaProxySub: { type: 'aws_proxy', httpMethod: 'POST', uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' } },
  lambdaCustom: { type: 'aws', httpMethod: 'POST', uri: LAMBDA, responses: { default: { statusCode: '200' } } },
  httpProxy: { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/items/{id}', requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.header.x-src': "'apigw'" } },
  sqs: { type: 'aws', httpMethod: 'POST', credentials: 'arn:aws:iam::123456789012:role/r', uri: 'arn:aws:apigateway:us-east-1:sqs:path/123456789012/q', requestTemplates: { 'application/x-www-form-urlencoded': 'Action=SendMessage&MessageBody=$input.body' }, responses: { default: { statusCode: '200' } } },
  stepFunctions: { type: 'aws', httpMethod: 'POST', credentials: '${role}', uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution', requestTemplates: { 'application/json': '{"input": "$util.escapeJavaScript($input.json(\'$\'))", "stateMachineArn": "${sm}"}' }, responses: { default: { statusCode: '200' } } },
  // Blocking:
  mock: { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' }, responses: { default: { statusCode: '200' } } },
  dynamodb: { type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem', requestTemplates: { 'application/json': '{"TableName": "t"}' }, responses: { default: { statusCode: '200' } } },
  stepFunctionsShaped: { type: 'aws', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:states:action/StartExecution', requestTemplates: { 'application/json': '#foreach($k in $input.params().path.keySet())$k#end' }, responses: { default: { statusCode: '200' } } },
  pathRenamed: { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/items/{item}', requestParameters: { 'integration.request.path.item': 'method.request.path.id' } },
  reservedHeader: { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/', requestParameters: { 'integration.request.header.Authorization': 'method.request.header.x-token' } },
  httpTemplate: { type: 'http', httpMethod: 'GET', uri: 'https://example.com/', requestTemplates: { 'application/json': '{"a": 1}' }, responses: { default: { statusCode: '200' } } },
  selectionPattern: { type: 'aws', httpMethod: 'POST', uri: LAMBDA, responses: { default: { statusCode: '200' }, '.*error.*': { statusCode: '500' } } },
  contentHandling: { type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA, contentHandling: 'CONVERT_TO_BINARY' },
  longTimeout: { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/', timeoutInMillis: 45000 },
  responseHeader: { type: 'http', httpMethod: 'GET', uri: 'https://example.com/', responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.x-id': 'integration.response.header.x-id' } } } },
};
const CORS = { type: 'mock', requestTemplates: { 'application/json': '{"statusCode": 200}' }, responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" } } } };

const route = fc.record({
  integration: fc.constantFrom(...Object.keys(INTEGRATIONS)),
  method: fc.constantFrom('get', 'post', 'put', 'delete', 'x-amazon-apigateway-any-method'),
  validator: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  cors: fc.boolean(),
});
const definition = fc.array(route, { minLength: 1, maxLength: 6 }).map((routes) => {
  const paths: Record<string, Record<string, unknown>> = {};
  routes.forEach((r, i) => {
    const path = `/r${i}/{id}`;
    const op: Record<string, unknown> = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'x-token', in: 'header', schema: { type: 'string' } }],
      responses: { '200': { description: 'ok', headers: { 'x-id': { schema: { type: 'string' } } } } },
      'x-amazon-apigateway-integration': structuredClone(INTEGRATIONS[r.integration]),
    };
    if (r.validator) op['x-amazon-apigateway-request-validator'] = 'all';
    paths[path] = { [r.method]: op };
    if (r.cors) paths[path]!.options = { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': structuredClone(CORS) };
  });
  return { openapi: '3.0.1', info: { title: 'random', version: '1' }, 'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true } }, paths };
});
const operations = (doc: any) => Object.entries(doc.paths ?? {}).flatMap(([p, item]) => Object.keys(item as object).filter((m) => m !== 'options' && m !== 'parameters').map((m) => `${m} ${p}`)).sort();

describe('convert either keeps every route or exits 1', () => {
  it('for random mixes of supported and blocking features', () => {
    fc.assert(fc.property(definition, (doc) => {
      const source = parseText(JSON.stringify(doc), `${ROOT}random.json`, 'random.json');
      const compat = checkSource(source, ROOT);
      const blockingRoutes = new Set(compat.features.flatMap((f) => f.locations.filter((l) => l.verdict === 'blocking').map((l) => l.route)));
      let result;
      try {
        result = convertSource(source, { cwd: ROOT });
      } catch (err) {
        expect(err).toBeInstanceOf(ConvertBlockedError);
        // One source of truth: what blocks convert is what check-http-compat calls blocking, route by route.
        expect(new Set((err as ConvertBlockedError).blockers.map((b) => b.route))).toEqual(blockingRoutes);
        return;
      }
      expect(blockingRoutes.size).toBe(0);
      expect(operations(result.definition)).toEqual(operations(doc));
      expect(result.report.lost).toEqual([]);
    }), { numRuns: 300, seed: 20261202 });
  });
});

describe('corpus: convert and check-http-compat agree route by route', () => {
  const dir = CORPUS;
  it.each(corpus.filter((e) => e.api_kind === 'rest').map((e) => [e.file] as const))('%s', (file) => {
    const source = loadSource(join(dir, file), file);
    const compat = checkSource(source, ROOT);
    const blocking = compat.features.flatMap((f) => f.locations.filter((l) => l.verdict === 'blocking').map((l) => `${l.route ?? 'the API'} ${f.id} ${l.line}:${l.column}`)).sort();
    try {
      const { definition, report } = convertSource(source, { cwd: ROOT });
      expect(blocking).toEqual([]);
      expect(report.lost).toEqual([]);
      const input = source.root as any;
      expect(operations(definition)).toEqual(operations(input));
    } catch (err) {
      expect(err).toBeInstanceOf(ConvertBlockedError);
      expect((err as ConvertBlockedError).blockers.map((b) => `${b.route ?? 'the API'} ${b.id} ${b.where.split(':').slice(-2).join(':')}`).sort()).toEqual(blocking);
    }
  });
});
