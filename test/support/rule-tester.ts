import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lint/config.js';
import { type LintOptions, lint, lintText } from '../../src/lint/index.js';
import { rulesById } from '../../src/lint/rules/index.js';

/** `[messageId, pointer, line, column, message]` of one expected finding. */
export type Expected = [string, string, number, number, string];

export interface RuleCase {
  name: string;
  /** Fixture file in `fixtures/lint/<family>/<name>/`; or give `code`. */
  spec?: string;
  /**
   * The definition itself (YAML or JSON), linted as if it were `fixtures/lint/<id>/inline.yaml`;
   * a leading newline and the common indentation are removed first, and lines count from there.
   */
  code?: string;
  expected: Expected[];
  /** Default: `http` for HTTP-only rules, `websocket` for WebSocket ones, otherwise `rest`. */
  apiType?: 'rest' | 'http' | 'websocket' | 'auto';
  options?: Record<string, unknown>;
}

export const fixturePath = (id: string, spec: string) => fileURLToPath(new URL(`../../fixtures/lint/${id}/${spec}`, import.meta.url));

/** Drop a leading newline and the indentation every non-blank line shares. */
export function dedent(code: string): string {
  const lines = code.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** The message ids a table of cases expects: since every case asserts exactly what it produced, also what the rule's tests produce. */
export function producedMessageIds(cases: RuleCase[]): Set<string> {
  return new Set(cases.flatMap((c) => c.expected.map((e) => e[0])));
}

/**
 * ESLint's RuleTester, for apigw rules: run one rule alone on each case and compare rule id,
 * severity, message id, message text, pointer and line:col. The table must hold a valid case
 * (no finding) and an invalid one, and produce every message the rule declares.
 */
export function describeRule(id: string, cases: RuleCase[]): void {
  const rule = rulesById.get(id);
  describe(id, () => {
    it('is registered', () => expect(rule?.id).toBe(id));

    it('has valid and invalid cases that produce every message of the rule', () => {
      expect(cases.some((c) => c.expected.length === 0)).toBe(true);
      expect(cases.some((c) => c.expected.length > 0)).toBe(true);
      const produced = producedMessageIds(cases);
      expect(Object.keys(rule!.messages).filter((m) => !produced.has(m))).toEqual([]);
      expect([...produced].filter((m) => !(m in rule!.messages))).toEqual([]);
    });

    for (const c of cases) {
      it(c.name, async () => {
        expect((c.spec === undefined) !== (c.code === undefined)).toBe(true);
        const apiType = c.apiType ?? (rule!.meta.appliesTo === 'http' || rule!.meta.appliesTo === 'websocket' ? rule!.meta.appliesTo : 'rest');
        const level = rule!.meta.defaultSeverity === 'off' ? 'warning' : rule!.meta.defaultSeverity;
        const options: LintOptions = {
          apiType, only: [id], rules: { [id]: { level, options: c.options } }, config: defaultConfig(process.cwd()),
        };
        const { diagnostics } = c.code !== undefined
          ? lintText(dedent(c.code), fixturePath(id, 'inline.yaml'), options)
          : await lint(fixturePath(id, c.spec!), options);
        expect(diagnostics.map((d) => [d.messageId, d.pointer, d.range.start.line, d.range.start.column, d.message])).toEqual(c.expected);
        for (const d of diagnostics) {
          expect(d.ruleId).toBe(id);
          expect(d.severity).toBe(level);
        }
      });
    }
  });
}
