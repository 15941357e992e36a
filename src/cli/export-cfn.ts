import { UserError } from '../errors.js';
import { ExportLintError, exportCloudFormation, serializeTemplate } from '../export/cfn/index.js';
import { deployFailures, lintDefinition } from '../lint/index.js';
import type { Definition } from '../model/open.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { emptyRecord } from '../document/own.js';
import { type Io, outputFile, writeAtomically } from './io.js';
import { lintSettings } from './lint-settings.js';
import { VERSION } from './version.js';

export interface ExportCfnOptions {
  apiType: 'rest' | 'http' | 'auto';
  format: 'yaml' | 'json';
  output?: string;
  force?: boolean;
  stage?: string;
  endpoint: 'regional' | 'edge' | 'private';
  lambda: string[];
  permissions: 'route' | 'api' | 'none';
  form: 'body' | 'resources';
  stageVar: string[];
  rule: string[];
  config?: string | false;
  refRoot: string[];
}

function pairs(list: string[], flag: string): Record<string, string> {
  const out: Record<string, string> = emptyRecord();
  for (const item of list) {
    const i = item.indexOf('=');
    if (i <= 0) throw new UserError(`${flag} "${item}": expected name=value`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

export async function exportCfnCommand(spec: string, opts: ExportCfnOptions, io: Io): Promise<number> {
  const lambda = pairs(opts.lambda, '--lambda');
  const stageVariables = pairs(opts.stageVar, '--stage-var');
  const out = outputFile(opts.output, [spec], opts.force, io.cwd);
  const settings = lintSettings(opts, io.cwd);
  // Lint reads the definition export opened: one model for both.
  const lint = (definition: Definition) => {
    const { diagnostics } = lintDefinition(definition, { config: settings.config, rules: settings.rules, cwd: io.cwd });
    return { diagnostics, deployFails: deployFailures(diagnostics) };
  };
  let result;
  try {
    result = await exportCloudFormation(spec, { apiType: opts.apiType, stage: opts.stage, endpoint: opts.endpoint, lambda, permissions: opts.permissions, form: opts.form, stageVariables, lint, cwd: io.cwd, refRoots: opts.refRoot });
  } catch (err) {
    if (!(err instanceof ExportLintError)) throw err;
    const ctx = { cwd: io.cwd, version: VERSION, color: false, rules: [], files: [] };
    io.stderr(FORMATTERS.stylish!(err.diagnostics, ctx));
    io.stderr(`apigw: error: ${err.message}\n`);
    return 1;
  }
  const text = serializeTemplate(result.template, opts.format);
  for (const note of result.notes) io.stderr(`apigw: note: ${note}\n`);
  if (out) {
    writeAtomically(out.path, text);
    if (out.note) io.stderr(`apigw: note: ${out.note}\n`);
    io.stderr(`apigw: wrote ${out.display} (${result.apiType.toUpperCase()} API)\n`);
  } else io.stdout(text);
  return 0;
}
