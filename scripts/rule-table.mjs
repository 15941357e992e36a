// Prints the README's rule table from the built registry (`npm run build` first).
// `node scripts/rule-table.mjs --write` replaces the table between the README markers (a function
// replacement, so that a `$` in a description is not read as a replacement pattern).
import { readFileSync, writeFileSync } from 'node:fs';

const { rules } = await import('../dist/lint/rules/index.js');
export function ruleTable(list) {
  const rows = list.map((r) => `| \`${r.id}\` | ${r.meta.defaultSeverity} | ${r.meta.appliesTo} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | severity | API | what it checks |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
const table = ruleTable(rules);
if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, () => `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
  writeFileSync('README.md', next);
} else console.log(table);
