import type { LintVerdict } from '../../src/export/cfn/index.js';
import { defaultConfig } from '../../src/lint/config.js';
import { deployFailures, lintDefinition } from '../../src/lint/index.js';
import type { Definition } from '../../src/model/open.js';

/** Lint's verdict as the export command hands it over: the default config, every rule. */
export function lintWith(cwd: string, rules: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}) {
  return (definition: Definition): LintVerdict => {
    const { diagnostics } = lintDefinition(definition, { config: defaultConfig(cwd), rules, cwd });
    return { diagnostics, deployFails: deployFailures(diagnostics) };
  };
}
