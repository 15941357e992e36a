import type { LintVerdict } from '../../src/export/cfn/index.js';
import { defaultConfig } from '../../src/lint/config.js';
import { deployFailures, lintSource } from '../../src/lint/index.js';
import type { Source } from '../../src/document/source.js';

/** Lint's verdict as the export command hands it over: the default config, every rule. */
export function lintWith(cwd: string, rules: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}) {
  return (source: Source, apiType: 'rest' | 'http'): LintVerdict => {
    const diagnostics = lintSource(source, { apiType, config: defaultConfig(cwd), rules, cwd });
    return { diagnostics, deployFails: deployFailures(diagnostics) };
  };
}
