import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegoEngine, TemplateFile } from '@aws/cloudformation-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportLintError, serializeTemplate } from '../../src/export/cfn/index.js';
import { exportCloudFormation } from '../../src/export-with-lint.js';
import { defaultConfig } from '../../src/lint/config.js';
import { hasShared, noticeIfNoShared, SHARED } from '../support/shared.js';

/** AWS's offline CloudFormation validator (WebAssembly, a few seconds to start): one engine for this file. */
const engine = new RegoEngine();
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

  noticeIfNoShared('the corpus export validation');
  const specs = join(SHARED, 'corpus/specs');
  const entries: Array<{ file: string; api_kind: 'rest' | 'http' }> = hasShared ? JSON.parse(readFileSync(join(specs, 'manifest.json'), 'utf8')) : [];
  it.skipIf(!hasShared).each(entries.map((e) => [e.file, e] as const))('corpus %s: exports if it lints clean, with zero validator errors', async (name, e) => {
    let template: Record<string, unknown>;
    try {
      ({ template } = await exportCloudFormation(join(specs, e.file), { apiType: e.api_kind, config: defaultConfig(process.cwd()) }));
    } catch (err) {
      // Specs with lint errors are not exported; that is the documented behaviour.
      expect(err).toBeInstanceOf(ExportLintError);
      return;
    }
    expect(errorsOf(name, template, 'yaml')).toEqual([]);
  });
});
