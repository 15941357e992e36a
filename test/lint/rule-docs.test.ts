import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRuleExamples, ruleIndexMarkdown, rulePageMarkdown, rulePageText } from '../../src/lint/rule-docs.js';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from '../support/cli.js';

const examples = await collectRuleExamples(ROOT, rules);
const docs = join(ROOT, 'docs/rules');

describe('rule pages (docs/rules)', () => {
  it('exist for every rule and nothing else: regenerate them with `npm run docs:rules`', () => {
    const files = readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(docs.length + 1)).sort();
    expect(files).toEqual(['README.md', ...rules.map((r) => `${r.id}.md`)].sort());
  });

  it('are up to date with the rules and their fixtures (`npm run docs:rules`)', () => {
    expect(readFileSync(join(docs, 'README.md'), 'utf8')).toBe(ruleIndexMarkdown(rules));
    const stale = rules.filter((r) => readFileSync(join(docs, `${r.id}.md`), 'utf8') !== rulePageMarkdown(r, examples[r.id]!)).map((r) => r.id);
    expect(stale).toEqual([]);
  });

  it('show for every rule a failing example the rule reports on and a passing one', () => {
    const missing = rules.filter((r) => !examples[r.id]?.fail || !examples[r.id]?.pass).map((r) => r.id);
    expect(missing).toEqual([]);
    // Only rules whose limits the tests lower report nothing on their failing fixture with default options.
    const silent = rules.filter((r) => examples[r.id]!.fail!.findings!.length === 0);
    expect(silent.map((r) => [r.id, Boolean(r.defaultOptions)])).toEqual(silent.map((r) => [r.id, true]));
    for (const r of rules) {
      for (const f of examples[r.id]!.fail!.findings!) expect(f).toMatch(new RegExp(`^\\d+:\\d+  ${r.meta.defaultSeverity === 'off' ? 'info' : r.meta.defaultSeverity}  \\S`));
    }
    // A failing example written as resources comes with its corrected template, and the rule reports on it.
    const resources = rules.filter((r) => examples[r.id]!.resourcesFail || examples[r.id]!.resourcesPass);
    expect(resources.filter((r) => !examples[r.id]!.resourcesFail?.findings?.length || !examples[r.id]!.resourcesPass).map((r) => r.id)).toEqual([]);
  });

  it('tell how to turn on a rule that is off by default, instead of off', () => {
    const rule = rules.find((r) => r.id === 'int/type-invalid')!;
    const off = { ...rule, meta: { ...rule.meta, defaultSeverity: 'off' as const } };
    const page = rulePageText(off, examples[rule.id]!);
    expect(page).toContain('\nWHY\n  It is off by default: turn it on where the convention it checks is yours (extends: all turns every such rule on as info).\n');
    expect(page).toContain('\nTURNING IT ON\n  In apigw.config.yaml:\n    rules:\n      int/type-invalid: warning\n  On the command line: --rule int/type-invalid=warning.\n');
    expect(page).not.toContain('TURNING IT OFF');
    expect(rulePageText(rule, examples[rule.id]!)).toContain('\nTURNING IT OFF\n');
  });
});
