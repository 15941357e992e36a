import { UserError } from '../errors.js';
import { ExportLintError, exportCloudFormation, serializeTemplate } from '../export/cfn/index.js';
import { findConfig, loadConfig } from '../lint/config.js';
import { rules } from '../lint/rules/index.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { emptyRecord } from '../spec/own.js';
import { type Io, outputFile, writeAtomically } from './io.js';
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
  stageVar: string[];
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
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const configFile = findConfig(io.cwd);
  const config = configFile ? loadConfig(configFile, rulesById, io.cwd) : undefined;
  let result;
  try {
    result = await exportCloudFormation(spec, { apiType: opts.apiType, stage: opts.stage, endpoint: opts.endpoint, lambda, permissions: opts.permissions, stageVariables, config, cwd: io.cwd });
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
