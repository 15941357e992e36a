import type { Severity } from '../report/diagnostic.js';
import type { Rule } from './rule.js';

export type RuleLevel = Severity | 'off';
export const PRESETS = ['recommended', 'strict', 'all'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Rules whose warning means every call fails at run time; `strict` makes them errors. */
export const RUNTIME_FATAL = new Set([
  'lambda/http-method-not-post', 'path/method-without-integration', 'resp/missing-on-non-proxy', 'vtl/syntax',
]);

/**
 * `recommended`: each rule at its catalogue severity. `strict`: runtime-fatal warnings become
 * errors. `all`: rules that are off by default come on as info.
 */
export function presetLevels(name: PresetName, rules: readonly Rule[]): Map<string, RuleLevel> {
  const out = new Map<string, RuleLevel>();
  for (const r of rules) {
    let level: RuleLevel = r.meta.defaultSeverity;
    if (name === 'strict' && RUNTIME_FATAL.has(r.id)) level = 'error';
    if (name === 'all' && level === 'off') level = 'info';
    out.set(r.id, level);
  }
  return out;
}
