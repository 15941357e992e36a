import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegoEngine, TemplateFile } from '@aws/cloudformation-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportLintError, serializeTemplate } from '../../src/export/cfn/index.js';
import { exportCloudFormation } from '../../src/export-with-lint.js';
import { defaultConfig } from '../../src/lint/config.js';
import { CORPUS, corpus, isAcceptedButFailing } from '../support/corpus.js';

/** AWS's offline CloudFormation validator (WebAssembly, a few seconds to start): one engine for this file. */
const engine = new RegoEngine();
/** Corpus definitions `export cfn --form resources` writes today (the rest fail lint or hold what resources cannot say). */
const MIN_EXPORTED_AS_RESOURCES = 40;
afterAll(() => engine.free());
const dir = mkdtempSync(join(tmpdir(), 'apigw-cfn-'));

function errorsOf(name: string, template: Record<string, unknown>, format: 'yaml' | 'json'): string[] {
  const file = join(dir, `${name}.${format}`);
  writeFileSync(file, serializeTemplate(template, format));
  const report = engine.validateStandard(new TemplateFile(file));
  return report.diagnostics.filter((d) => d.severity === 'ERROR' || d.severity === 'FATAL').map((d) => `${d.ruleId} ${d.message}`);
}

describe('exported stacks pass the CloudFormation validator', () => {
  it.each([
    ['rest-lambda', 'rest'],
    ['http-api', 'http'],
  ] as const)('golden %s (%s), YAML and JSON', async (name, apiType) => {
    const { template } = await exportCloudFormation(`fixtures/export/${name}/api.yaml`, { apiType, config: defaultConfig(process.cwd()) });
    expect(errorsOf(name, template, 'yaml')).toEqual([]);
    expect(errorsOf(name, template, 'json')).toEqual([]);
  });

  it.each(corpus.map((e) => [e.file, e] as const))('corpus %s: exports if it lints clean, with zero validator errors', async (name, e) => {
    let template: Record<string, unknown>;
    try {
      ({ template } = await exportCloudFormation(join(CORPUS, e.file), { apiType: e.api_kind, config: defaultConfig(process.cwd()) }));
    } catch (err) {
      // Specs whose findings say the import or the deployment fails are not exported; that is the
      // documented behaviour. AWS imported the accepted ones, so what refuses one of them can only
      // be a finding the deployment fails on (a method without integration), never a lint error.
      expect(err).toBeInstanceOf(ExportLintError);
      if (e.aws_accepted === true) expect((err as ExportLintError).diagnostics.filter((d) => d.severity === 'error' && !isAcceptedButFailing(e.file, d)), (err as Error).message).toEqual([]);
      return;
    }
    expect(errorsOf(name, template, 'yaml')).toEqual([]);
  });

  it.each([
    ['rest-lambda', 'rest'],
    ['http-api', 'http'],
  ] as const)('golden %s (%s) written as resources (--form resources)', async (name, apiType) => {
    const { template } = await exportCloudFormation(`fixtures/export/${name}/api.yaml`, { apiType, form: 'resources', config: defaultConfig(process.cwd()) });
    const types = Object.values(template.Resources as Record<string, { Type: string }>).map((r) => r.Type);
    expect(types).toContain(apiType === 'rest' ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Route');
    expect(errorsOf(`${name}-resources`, template, 'yaml')).toEqual([]);
  });

  const exportedAsResources: string[] = [];
  it.each(corpus.map((e) => [e.file, e] as const))('corpus %s written as resources: zero validator errors, or refused naming what resources cannot say', async (name, e) => {
    let template: Record<string, unknown>;
    try {
      ({ template } = await exportCloudFormation(join(CORPUS, e.file), { apiType: e.api_kind, form: 'resources', config: defaultConfig(process.cwd()) }));
    } catch (err) {
      if (err instanceof ExportLintError) return;
      expect((err as Error).message).toMatch(/--form resources cannot express .+; export it as a Body/);
      return;
    }
    expect(errorsOf(`${name}-resources`, template, 'yaml')).toEqual([]);
    exportedAsResources.push(name);
  });

  it('writes 40 corpus definitions as resources, not just refusals', () => {
    expect(exportedAsResources.length).toBeGreaterThanOrEqual(MIN_EXPORTED_AS_RESOURCES);
  });
});
