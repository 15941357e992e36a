// Writes src/lint/rules/index.ts: the explicit, sorted rule registry (no globbing at run time).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../src/lint/rules/', import.meta.url).pathname;
const entries = [];
for (const family of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const file of readdirSync(join(dir, family)).filter((f) => f.endsWith('.ts')).sort()) {
    const name = file.slice(0, -3);
    const ident = `${family}_${name}`.replace(/-(\w)/g, (_, c) => c.toUpperCase()).replace(/_(\w)/, (_, c) => c.toUpperCase());
    entries.push({ id: `${family}/${name}`, ident, path: `./${family}/${name}.js` });
  }
}
const out = [
  '// The rule registry, sorted by id. Regenerate with `node scripts/generate-rule-index.mjs`.',
  "import type { Rule } from '../rule.js';",
  ...entries.map((e) => `import { rule as ${e.ident} } from '${e.path}';`),
  '',
  'export const rules: readonly Rule[] = [',
  ...entries.map((e) => `  ${e.ident} as Rule,`),
  '];',
  '',
  'export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));',
  '',
];
writeFileSync(join(dir, 'index.ts'), out.join('\n'));
console.log(`${entries.length} rules`);
