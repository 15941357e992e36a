import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/lint/index.js';
import { defaultConfig } from '../../../../src/lint/config.js';
import { describeRule, fixturePath } from '../../../support/rule-tester.js';

// Import rejects a document whose objects have the wrong type ("Invalid OpenAPI input", a
// BadRequestException): https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-errors-warnings.html
describeRule('doc/structure-type', [
  { name: 'accepts mappings and lists where they belong, $ref path items included', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports null, lists, strings and numbers where mappings or lists are required',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/info', 2, 7, 'info must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1null-item', 4, 3, 'path item \"/null-item\" must be a mapping, not null; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1list-item', 5, 15, 'path item \"/list-item\" must be a mapping, not a list; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1string-item', 6, 17, 'path item \"/string-item\" must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/parameters', 8, 17, 'parameters of \"/pets\" must be a list, not a mapping; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/get', 9, 5, 'operation GET /pets must be a mapping, not null; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/put', 10, 10, 'operation PUT /pets must be a mapping, not a number; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/post', 11, 11, 'operation POST /pets must be a mapping, not a list; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/delete/responses', 13, 18, 'responses of DELETE /pets must be a mapping, not a list; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/delete/x-amazon-apigateway-integration', 14, 7, 'integration of DELETE /pets must be a mapping, not null; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/patch/x-amazon-apigateway-integration', 16, 40, 'integration of PATCH /pets must be a mapping, not a list; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/options/x-amazon-apigateway-integration/requestParameters', 20, 28, 'requestParameters of OPTIONS /pets must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/options/x-amazon-apigateway-integration/responses/default', 22, 20, 'integration response \"default\" of OPTIONS /pets must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/options/x-amazon-apigateway-integration/responses/4\\d{2}/responseTemplates', 25, 32, 'responseTemplates of integration response \"4\\d{2}\" of OPTIONS /pets must be a mapping, not a list; API Gateway rejects the definition'],
      ['wrongType', '/paths/~1pets/head/x-amazon-apigateway-integration', 27, 40, 'integration of HEAD /pets must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/components/securitySchemes/key', 30, 10, 'security scheme \"key\" must be a mapping, not a string; API Gateway rejects the definition'],
      ['wrongType', '/components/securitySchemes/lambda/x-amazon-apigateway-authorizer', 33, 39, 'authorizer \"lambda\" must be a mapping, not a number; API Gateway rejects the definition'],
      ['wrongType', '/x-amazon-apigateway-gateway-responses', 36, 40, 'x-amazon-apigateway-gateway-responses must be a mapping, not a list; API Gateway rejects the definition'],
    ],
  },
  {
    name: 'reports paths: null and definitions that are a string in Swagger 2.0 JSON',
    spec: 'fail-paths.json',
    expected: [
      ['wrongType', '/paths', 4, 3, 'paths must be a mapping, not null; API Gateway rejects the definition'],
      ['wrongType', '/definitions', 5, 18, 'definitions must be a mapping, not a string; API Gateway rejects the definition'],
    ],
  },
]);

describe('doc/structure-type messages', () => {
  it('names what is wrong, what it must be and what it is', async () => {
    const run = async (spec: string) =>
      (await lint(fixturePath('doc/structure-type', spec), { only: ['doc/structure-type'], config: defaultConfig(process.cwd()) })).diagnostics.map((d) => d.message);
    const messages = await run('fail.yaml');
    expect(messages.slice(0, 5)).toEqual([
      'info must be a mapping, not a string; API Gateway rejects the definition',
      'path item "/null-item" must be a mapping, not null; API Gateway rejects the definition',
      'path item "/list-item" must be a mapping, not a list; API Gateway rejects the definition',
      'path item "/string-item" must be a mapping, not a string; API Gateway rejects the definition',
      'parameters of "/pets" must be a list, not a mapping; API Gateway rejects the definition',
    ]);
    expect(messages).toContain('operation PUT /pets must be a mapping, not a number; API Gateway rejects the definition');
    expect(messages).toContain('responses of DELETE /pets must be a mapping, not a list; API Gateway rejects the definition');
    expect(messages).toContain('integration of DELETE /pets must be a mapping, not null; API Gateway rejects the definition');
    expect(messages).toContain('integration response "default" of OPTIONS /pets must be a mapping, not a string; API Gateway rejects the definition');
    expect(messages).toContain('authorizer "lambda" must be a mapping, not a number; API Gateway rejects the definition');
    expect(await run('fail-paths.json')).toEqual(['paths must be a mapping, not null; API Gateway rejects the definition', 'definitions must be a mapping, not a string; API Gateway rejects the definition']);
  });
});
