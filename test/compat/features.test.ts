import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHttpCompat, FEATURES } from '../../src/compat/index.js';
import { CORPUS, corpus } from '../support/corpus.js';

const cwd = process.cwd();
const run = (name: string) => checkHttpCompat(`fixtures/compat/${name}.yaml`, { cwd });

// One fixture per feature id of reference http-compat.md §2, with the verdict that table gives.
const expected: Array<[string, string, number, number]> = [
  ['endpoint.edge', 'convertible-with-change', 4, 5],
  ['endpoint.regional', 'supported', 7, 7],
  ['endpoint.private', 'blocking', 8, 5],
  ['security.mtls', 'supported', 18, 7],
  ['security.backend-client-cert', 'blocking', 11, 5],
  ['security.waf', 'blocking', 13, 7],
  ['security.resource-policy', 'blocking', 5, 1],
  ['auth.iam', 'supported', 11, 7],
  ['auth.lambda-token', 'convertible-with-change', 25, 9],
  ['auth.lambda-request', 'convertible-with-change', 25, 9],
  ['auth.cognito', 'convertible-with-change', 16, 7],
  ['mgmt.custom-domain', 'supported', 11, 5],
  ['mgmt.api-keys', 'blocking', 12, 9],
  ['mgmt.usage-plans', 'blocking', 11, 5],
  ['mgmt.throttling-stage', 'convertible-with-change', 19, 9],
  ['dev.cors', 'convertible-with-change', 15, 5],
  ['dev.caching', 'blocking', 20, 9],
  ['dev.gateway-responses', 'blocking', 6, 3],
  ['dev.canary', 'blocking', 18, 7],
  ['dev.request-validation', 'blocking', 15, 7],
  ['dev.parameter-mapping', 'convertible-with-change', 16, 11],
  ['dev.vtl-request', 'blocking', 18, 9],
  ['dev.vtl-response', 'blocking', 18, 13],
  ['dev.binary-media', 'convertible-with-change', 5, 1],
  ['dev.compression', 'convertible-with-change', 5, 1],
  ['dev.documentation', 'convertible-with-change', 5, 1],
  ['dev.stage-variables', 'supported', 14, 9],
  ['dev.openapi-version', 'convertible-with-change', 1, 1],
  ['dev.response-streaming', 'blocking', 15, 9],
  ['dev.timeout', 'blocking', 15, 9],
  ['integ.http-proxy', 'supported', 11, 7],
  ['integ.http', 'convertible-with-change', 12, 9],
  ['integ.lambda-proxy', 'supported', 11, 7],
  ['integ.lambda-custom', 'convertible-with-change', 12, 9],
  ['integ.aws-service', 'convertible-with-change', 14, 9],
  ['integ.mock', 'blocking', 12, 9],
  ['integ.vpc-link', 'convertible-with-change', 15, 9],
  ['mon.metrics', 'convertible-with-change', 21, 9],
  ['mon.access-logs-cloudwatch', 'supported', 18, 7],
  ['mon.access-logs-firehose', 'blocking', 18, 7],
  ['mon.execution-logs', 'convertible-with-change', 19, 9],
  ['mon.xray', 'blocking', 18, 7],
];

describe('check-http-compat features', () => {
  it('has a fixture for every feature id', () => {
    expect(expected.map(([id]) => id).sort()).toEqual(FEATURES.map((f) => f.id).sort());
    expect(FEATURES).toHaveLength(42);
  });

  it.each(expected)('%s is %s', async (id, verdict, line, column) => {
    const result = await run(id);
    const feature = result.features.find((f) => f.id === id);
    expect(feature, `features found: ${result.features.map((f) => f.id).join(', ')}`).toBeDefined();
    expect(feature!.verdict).toBe(verdict);
    expect(feature!.locations[0]).toMatchObject({ file: `fixtures/compat/${id}.yaml`, line, column });
    expect(feature!.migration.length).toBeGreaterThan(10);
  });
});

describe('combined definitions', () => {
  const ids = async (name: string) => (await run(name)).features.map((f) => `${f.id}=${f.verdict}`).sort();

  it('a CORS preflight mock is dev.cors, not integ.mock nor a template feature', async () => {
    const r = await run('combined-cors-is-not-mock');
    expect(await ids('combined-cors-is-not-mock')).toEqual(['dev.cors=convertible-with-change', 'integ.lambda-proxy=supported']);
    expect(r.verdict).toBe('convertible-with-change');
  });

  it('an AWS service action without a subtype blocks, and its template counts as VTL (SAM DefinitionBody)', async () => {
    const r = await run('combined-sam-api');
    expect(await ids('combined-sam-api')).toEqual(['dev.vtl-request=blocking', 'endpoint.regional=supported', 'integ.aws-service=blocking', 'mon.xray=blocking']);
    expect(r.features.find((f) => f.id === 'integ.aws-service')!.details).toEqual(['dynamodb PutItem has no HTTP API integration subtype']);
    expect(r.verdict).toBe('blocking');
  });

  it('an SQS path integration with Action=SendMessage maps to a subtype and folds its template', async () => {
    const r = await run('integ.aws-service');
    expect(r.features.map((f) => f.id)).not.toContain('dev.vtl-request');
    expect(r.features.find((f) => f.id === 'integ.aws-service')!.details).toEqual(['sqs SendMessage → integrationSubtype SQS-SendMessage']);
  });

  it('the overall verdict is the worst feature verdict', async () => {
    expect((await run('combined-convertible')).verdict).toBe('convertible-with-change');
    expect((await run('combined-supported')).verdict).toBe('supported');
    expect((await run('combined-short-tags')).verdict).toBe('blocking');
  });

  it('reads short-form intrinsics in templates', async () => {
    expect(await ids('combined-short-tags')).toEqual(['auth.iam=supported', 'endpoint.private=blocking', 'integ.mock=blocking', 'mgmt.api-keys=blocking']);
  });

  it('an AWS_PROXY integration whose uri is known only at deployment is a Lambda proxy', async () => {
    // REST AWS_PROXY is the Lambda proxy integration: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html
    const r = await checkHttpCompat(join(CORPUS, 'sp__apigw-openapi-lambda-dynamodb-xray-terraform__infra__openapi-spec.yaml'), { cwd });
    expect(r.features.map((f) => `${f.id}=${f.verdict}`)).toEqual(['integ.lambda-proxy=supported']);
    expect(r.features[0]!.locations.map((l) => l.line)).toEqual([32, 59, 83, 102]);
  });

  it('says that a bare OpenAPI file does not state its endpoint type, and does not guess', async () => {
    const r = await run('integ.lambda-proxy');
    expect(r.features.map((f) => f.id)).not.toContain('endpoint.edge');
    expect(r.notes[0]).toMatch(/does not state its endpoint type/);
    expect((await run('endpoint.regional')).notes).toEqual([]);
  });
});

describe('corpus', () => {
  const worst = (verdicts: string[]) => (['blocking', 'convertible-with-change', 'supported'] as const).find((v) => verdicts.includes(v)) ?? 'supported';
  const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

  it.each(corpus.map((e) => [e.file, e] as const))('%s: each feature is placed on its key, and the verdict is the worst feature verdict', async (_n, e) => {
    if (e.api_kind === 'http') {
      await expect(checkHttpCompat(join(CORPUS, e.file), { cwd })).rejects.toThrow(/already an HTTP API/);
      return;
    }
    const r = await checkHttpCompat(join(CORPUS, e.file), { cwd });
    const lines = readFileSync(join(CORPUS, e.file), 'utf8').split(/\r?\n/);
    for (const f of r.features) {
      expect(FEATURES.map((x) => x.id)).toContain(f.id);
      expect(f.locations.length, f.id).toBeGreaterThan(0);
      for (const l of f.locations) {
        expect(l.file).toBe(`fixtures/corpus/${e.file}`);
        // The position is where the pointer's last key is written (the root for an empty pointer).
        const key = l.pointer === '' ? undefined : unescape(l.pointer.split('/').pop()!);
        const at = (lines[l.line - 1] ?? '').slice(l.column - 1);
        if (key !== undefined) {
          const written = [key, `'${key}'`, JSON.stringify(key)];
          expect(written.some((k) => at.startsWith(k) && /^\s*:/.test(at.slice(k.length))), `${f.id} ${l.pointer} at ${l.line}:${l.column}: ${at}`).toBe(true);
        }
      }
    }
    expect(r.verdict).toBe(worst(r.features.map((f) => f.verdict)));
  });
});
