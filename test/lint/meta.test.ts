import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ruleFiles = readdirSync(join(root, 'src/lint/rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, 'src/lint/rules', d.name)).filter((f) => f.endsWith('.ts')).map((f) => `${d.name}/${f.slice(0, -3)}`));

describe('rule registry', () => {
  it('registers every rule file exactly once, sorted by id', () => {
    const ids = rules.map((r) => r.id);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s is documented, tested and has both fixtures', (id, rule) => {
    expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.docsUrl).toMatch(/^https:\/\//);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.messages)) expect(m).not.toMatch(/\.$/);
    const test = join(root, 'test/lint/rules', `${id}.test.ts`);
    expect(existsSync(test)).toBe(true);
    // The rule tester checks that the table has valid and invalid cases and produces every message id.
    expect(readFileSync(test, 'utf8')).toContain(`describeRule('${id}', [`);
    expect(existsSync(join(root, 'fixtures/lint', id, 'pass.yaml'))).toBe(true);
    expect(readdirSync(join(root, 'fixtures/lint', id)).some((f) => f.startsWith('fail'))).toBe(true);
  });

  it('has the catalogue\'s ten most important rules', () => {
    // reference lint-rules.md §B.15
    const top = [
      'map/source-undeclared', 'lambda/http-method-not-post', 'uri/lambda-arn-format', 'uri/raw-lambda-arn-on-rest',
      'resp/status-code-undeclared', 'map/response-header-undeclared', 'path/method-without-integration',
      'val/undefined-validator', 'auth/undefined-scheme', 'auth/identity-source-format', 'int/type-invalid',
      'int/passthrough-invalid', 'int/content-handling-invalid', 'int/timeout-range', 'resp/selection-pattern-regex',
      'root/http-only-on-rest', 'int/type-not-supported-http-api',
    ];
    const ids = new Set(rules.map((r) => r.id));
    expect(top.filter((id) => !ids.has(id))).toEqual([]);
  });
});
