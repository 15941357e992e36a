import { describe, expect, it } from 'vitest';
import { detectApiType, detectVersion } from '../../src/model/detect.js';

// The markers come from reference lint-rules.md ("auto = http if the doc has …").
describe('detectApiType', () => {
  const op = (extra: Record<string, unknown>) => ({ paths: { '/a': { get: extra } } });
  it.each([
    [{ 'x-amazon-apigateway-cors': {} }, 'http'],
    [{ 'x-amazon-apigateway-importexport-version': '1.0' }, 'http'],
    [{ components: { 'x-amazon-apigateway-integrations': {} } }, 'http'],
    [{ components: { securitySchemes: { j: { 'x-amazon-apigateway-authorizer': { type: 'JWT' } } } } }, 'http'],
    [op({ isDefaultRoute: true }), 'http'],
    [op({ 'x-amazon-apigateway-integration': { integrationSubtype: 'SQS-SendMessage' } }), 'http'],
    [op({ 'x-amazon-apigateway-integration': { type: 'aws_proxy', payloadFormatVersion: '2.0' } }), 'rest'],
    [{ openapi: '3.0.1', paths: {} }, 'rest'],
  ])('%j is %s', (doc, kind) => expect(detectApiType(doc)).toBe(kind));
});

describe('detectVersion', () => {
  it.each([
    [{ swagger: '2.0' }, '2.0'],
    [{ swagger: 2 }, '2.0'],
    [{ openapi: '3.0' }, '3.0'],
    [{ openapi: '3.0.3' }, '3.0'],
    [{ openapi: '3.1.0' }, '3.1'],
    [{ openapi: '4.0' }, null],
    [{}, null],
  ])('%j is %s', (doc, v) => expect(detectVersion(doc)).toBe(v));
});
