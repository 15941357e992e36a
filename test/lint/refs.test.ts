import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { lint, lintText } from '../../src/lint/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('definitions split over several files', () => {
  it('reports a finding in the file it is written in, with the referencing site as via', async () => {
    const { diagnostics } = await lint('fixtures/refs/api.yaml', { cwd: root, config: defaultConfig(root) });
    const typeInvalid = diagnostics.find((d) => d.ruleId === 'int/type-invalid');
    expect(typeInvalid).toMatchObject({
      file: 'fixtures/refs/parts/pets.yaml',
      pointer: '/PetsPath/get/x-amazon-apigateway-integration/type',
      range: { start: { line: 7, column: 13 } },
      via: { file: 'fixtures/refs/api.yaml', pointer: '/paths/~1pets', range: { start: { line: 7, column: 5 } } },
    });
  });

  it('gives findings of the document walk in a referenced file the $ref that brought the file in as via', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-via-'));
    writeFileSync(join(dir, 'pets.yaml'), [
      'get:',
      "  responses: {'200': {description: ok}}",
      '  x-amazon-apigateway-integratoin: {type: mock}',
      '  x-amazon-apigateway-integration: {type: mock}',
    ].join('\n'));
    const text = ["swagger: '2.0'", "info: {title: t, version: '1'}", 'paths:', '  /pets:', "    $ref: 'pets.yaml'"].join('\n');
    const { diagnostics } = lintText(text, join(dir, 'api.yaml'), { cwd: dir, config: defaultConfig(dir) });
    const typo = diagnostics.find((d) => d.ruleId === 'doc/unknown-x-amazon-extension');
    expect(typo).toMatchObject({
      file: 'pets.yaml', pointer: '/get/x-amazon-apigateway-integratoin', range: { start: { line: 3, column: 3 } },
      via: { file: 'api.yaml', pointer: '/paths/~1pets', range: { start: { line: 5, column: 5 } } },
    });
  });

  it('follows relative files and local pointers, and names what does not resolve', async () => {
    const { diagnostics } = await lint('fixtures/refs/api.yaml', { cwd: root, config: defaultConfig(root) });
    expect(diagnostics.map((d) => [d.ruleId, d.file, d.range.start.line])).toEqual([
      ['ref/unresolved', 'fixtures/refs/api.yaml', 12],
      ['int/type-invalid', 'fixtures/refs/parts/pets.yaml', 7],
    ]);
    expect(diagnostics[0]!.message).toBe('Cannot resolve: $ref "parts/params.yaml#/Missing" points to nothing');
  });
});


describe('intrinsics', () => {
  it('an integration or authorizer given whole by an intrinsic is unknown, not wrong', () => {
    const text = [
      "openapi: 3.0.1",
      "info: {title: t, version: '1'}",
      'paths:',
      '  /a:',
      '    get:',
      "      responses: {'200': {description: ok}}",
      '      x-amazon-apigateway-integration:',
      "        Fn::If: [IsProd, {type: aws_proxy, httpMethod: POST, uri: 'arn:x'}, {type: mock}]",
      'components:',
      '  securitySchemes:',
      '    auth:',
      '      type: apiKey',
      '      name: Authorization',
      '      in: header',
      '      x-amazon-apigateway-authorizer: !If [IsProd, {type: token}, {type: request}]',
    ].join('\n');
    const { diagnostics } = lintText(text, join(root, 'intrinsic.yaml'), { cwd: root, config: defaultConfig(root) });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual([]);
  });
});
