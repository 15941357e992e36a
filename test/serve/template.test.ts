import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createServer } from '../../src/serve/server.js';
import { send, startServer } from './support.js';

const H = 'fixtures/serve/handlers.mjs';
const uri = { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations' };
const body = (title: string, extra: Record<string, unknown> = {}) => ({
  openapi: '3.0.1', info: { title, version: '1' }, ...extra,
  paths: { '/orders': { post: { 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST', uri } } } },
});
const template = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    OrdersFunction: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler', Runtime: 'nodejs20.x' } },
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Body: body('orders', { 'x-amazon-apigateway-binary-media-types': ['image/png'] }) } },
    Other: { Type: 'AWS::ApiGateway::RestApi', Properties: { Body: body('other') } },
  },
};
const definition = { file: 'template.json', text: JSON.stringify(template) };
const api = startServer(definition, { api: 'Api', lambdas: { OrdersFunction: `${H}#respond` } });

describe('serve: an API written inline in a CloudFormation template', () => {
  // NAME in --lambda is the template's logical id when the URI is an Fn::Sub of ${Logical.Arn}.
  it('serves the API --api names and runs the function by logical id', async () => {
    const r = await send(api.url, 'POST', '/orders', { body: JSON.stringify({ statusCode: 202, body: 'queued' }) });
    expect([r.status, r.text]).toEqual([202, 'queued']);
    expect(api.log.at(-1)).toMatchObject({ route: 'POST /orders', integration: 'AWS_PROXY', status: 202 });
  });

  // With binaryMediaTypes [image/png], an isBase64Encoded body is decoded only when Accept names image/png exactly;
  // image/* and */* get the base64 text (LocalStack test_apigateway_lambda.py::test_aws_proxy_binary_response,
  // markers.aws.validated).
  it.each([
    { accept: 'image/png', text: 'png-bytes' },
    { accept: 'image/*', text: 'cG5nLWJ5dGVz' },
    { accept: '*/*', text: 'cG5nLWJ5dGVz' },
  ])('decodes a base64 body for Accept $accept only when it names a binary media type', async ({ accept, text }) => {
    const result = { statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: Buffer.from('png-bytes').toString('base64'), isBase64Encoded: true };
    const r = await send(api.url, 'POST', '/orders', { headers: { accept }, body: JSON.stringify(result) });
    expect(r.text).toBe(text);
  });

  it.each([
    { options: {}, message: 'template.json: the CloudFormation template has several APIs (Api, Other); choose one with --api' },
    { options: { api: 'Nope' }, message: 'template.json: the CloudFormation template has no API "Nope" written inline (APIs: Api, Other)' },
  ])('refuses an ambiguous or unknown --api: $message', ({ options, message }) => {
    let thrown: unknown;
    try {
      createServer(definition, options);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toBe(message);
  });
});
