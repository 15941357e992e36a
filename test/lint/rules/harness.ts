import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/lint/config.js';
import { lint } from '../../../src/lint/index.js';
import { rulesById } from '../../../src/lint/rules/index.js';

/** `[messageId, pointer, line, column]` of one expected finding. */
export type Expected = [string, string, number, number];

export interface RuleCase {
  name: string;
  /** Fixture file in `fixtures/lint/<family>/<name>/`. */
  spec: string;
  expected: Expected[];
  /** Default: `http` for HTTP-only rules, otherwise `rest`. */
  apiType?: 'rest' | 'http';
  options?: Record<string, unknown>;
}

export const fixturePath = (id: string, spec: string) => fileURLToPath(new URL(`../../../fixtures/lint/${id}/${spec}`, import.meta.url));

/** Run one rule alone on each case's fixture and compare rule id, message id, pointer and line:col. */
export function describeRule(id: string, cases: RuleCase[]): void {
  const rule = rulesById.get(id);
  describe(id, () => {
    it('is registered', () => expect(rule?.id).toBe(id));
    for (const c of cases) {
      it(c.name, async () => {
        const file = fixturePath(id, c.spec);
        const apiType = c.apiType ?? (rule!.meta.appliesTo === 'http' ? 'http' : 'rest');
        const level = rule!.meta.defaultSeverity === 'off' ? 'warning' : rule!.meta.defaultSeverity;
        const { diagnostics } = await lint(file, {
          apiType, only: [id], rules: { [id]: { level, options: c.options } }, config: defaultConfig(process.cwd()),
        });
        expect(diagnostics.map((d) => [d.messageId, d.pointer, d.range.start.line, d.range.start.column])).toEqual(c.expected);
        for (const d of diagnostics) {
          expect(d.ruleId).toBe(id);
          expect(d.severity).toBe(level);
        }
      });
    }
  });
}
