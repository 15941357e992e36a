// The rule pages, from each rule's meta and its fixtures (fixtures/lint/<family>/<name>/).
//   node scripts/rule-docs.mjs         writes dist/rule-examples.json, which `apigw rules <id>` reads
//                                      (the fixtures are not part of the package); run by `npm run build`
//   node scripts/rule-docs.mjs --docs  writes docs/rules/**/*.md and docs/rules/README.md (`npm run docs:rules`);
//                                      test/lint/rule-docs.test.ts fails when they are out of date
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { collectRuleExamples, rulePageMarkdown, ruleIndexMarkdown } = await import(`${root}dist/lint/rule-docs.js`);
const { rules } = await import(`${root}dist/lint/rules/index.js`);
const examples = await collectRuleExamples(root, rules);

if (!process.argv.includes('--docs')) {
  writeFileSync(`${root}dist/rule-examples.json`, JSON.stringify(examples) + '\n');
} else {
  const docs = join(root, 'docs/rules');
  for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md'))) {
    rmSync(join(entry.parentPath, entry.name));
  }
  for (const rule of rules) {
    const file = join(docs, `${rule.id}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, rulePageMarkdown(rule, examples[rule.id]));
  }
  writeFileSync(join(docs, 'README.md'), ruleIndexMarkdown(rules));
}
