import { exportCloudFormation as exportWith, type ExportOptions as CoreOptions, type ExportResult } from './export/cfn/index.js';
import { defaultConfig, type ResolvedConfig, type RuleSetting } from './lint/config.js';
import { deployFailures, lintDefinition } from './lint/index.js';

export type ExportOptions = Omit<CoreOptions, 'lint'> & {
  /** Lint settings, as for `lint`: the export refuses a definition whose findings say deploying fails. */
  config?: ResolvedConfig;
  rules?: Record<string, RuleSetting['level'] | RuleSetting>;
};

/**
 * `import { exportCloudFormation } from 'apigw'`: lint the definition, then export it. Export
 * does not import lint; this library entry, like the CLI command, hands lint's verdict on the
 * definition export opened to it, so that the model is built once.
 * Findings that say deploying fails throw `ExportLintError`; bad input `UserError`.
 */
export function exportCloudFormation(file: string, options: ExportOptions = {}): Promise<ExportResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig(cwd);
  return exportWith(file, {
    ...options,
    lint: (definition) => {
      const { diagnostics } = lintDefinition(definition, { config, rules: options.rules, cwd });
      return { diagnostics, deployFails: deployFailures(diagnostics) };
    },
  });
}
