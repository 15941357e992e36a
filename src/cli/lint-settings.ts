import { UserError } from '../errors.js';
import { defaultConfig, findConfig, loadConfig, parseRuleSetting, type ResolvedConfig, type RuleSetting } from '../lint/config.js';
import { rules } from '../lint/rules/index.js';

/** `--rule`, `--config` and `--no-config` as lint reads them; every problem with `--rule` at once, exit 2. */
export function lintSettings(opts: { rule: string[]; config?: string | false }, cwd: string): { config: ResolvedConfig; rules: Record<string, RuleSetting> } {
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const cliRules: Record<string, RuleSetting> = Object.create(null);
  const problems: string[] = [];
  for (const spec of opts.rule) {
    const m = /^([^=]+)=(.+)$/.exec(spec);
    if (!m) problems.push(`--rule "${spec}": expected <rule-id>=<off|info|warning|error>`);
    else {
      const setting = parseRuleSetting(m[1]!.trim(), m[2]!.trim(), rulesById, (p) => problems.push(`--rule "${spec}": ${p}`));
      if (setting) cliRules[m[1]!.trim()] = setting;
    }
  }
  if (problems.length) throw new UserError(problems[0]!, { hint: problems.slice(1).join('\n') || undefined });
  const configFile = opts.config === false ? undefined : opts.config ?? findConfig(cwd);
  return { config: configFile ? loadConfig(configFile, rulesById, cwd) : defaultConfig(cwd), rules: cliRules };
}
