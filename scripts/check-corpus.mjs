#!/usr/bin/env node
// Severity conformance on a corpus of real definitions (not part of `npm test`; run after `npm run build`):
// definitions AWS accepted on import must get no error, and definitions AWS wrote (its
// documentation examples `awsdocs__*`, the exports LocalStack records from AWS `localstack__*`)
// must get no warning either. Prints the findings that break this, and counts per severity.
//
//   node scripts/check-corpus.mjs [corpus-dir]     (default ../shared/corpus/specs, with manifest.json)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, '../shared/corpus/specs'));
const { lint } = await import(join(root, 'dist/lint/index.js'));
const { defaultConfig } = await import(join(root, 'dist/lint/config.js'));

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
} catch (err) {
  console.error(`check-corpus: cannot read ${join(dir, 'manifest.json')}: ${err.message}`);
  process.exit(2);
}

const isAwsWritten = (file) => /^(awsdocs|localstack)__/.test(file);
const totals = { error: 0, warning: 0, info: 0 };
const broken = [];
const byRule = new Map();
let awsAcceptedErrors = 0;
let awsWrittenWarnings = 0;
for (const entry of manifest) {
  const { diagnostics } = await lint(join(dir, entry.file), { apiType: entry.api_kind, config: defaultConfig(root) });
  for (const d of diagnostics) {
    totals[d.severity]++;
    const key = `${d.severity} ${d.ruleId}`;
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
    const acceptedError = entry.aws_accepted === true && d.severity === 'error';
    const writtenWarning = isAwsWritten(entry.file) && (d.severity === 'error' || d.severity === 'warning');
    if (acceptedError) awsAcceptedErrors++;
    if (writtenWarning) awsWrittenWarnings++;
    if (acceptedError || writtenWarning) broken.push(`${entry.file}:${d.range.start.line}:${d.range.start.column}  ${d.severity}  ${d.ruleId}  ${d.message}`);
  }
}
for (const line of broken) console.log(line);
console.log(`\n${manifest.length} definitions: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} infos`);
for (const [key, n] of [...byRule].sort()) console.log(`  ${String(n).padStart(4)}  ${key}`);
console.log(`errors on AWS-accepted definitions: ${awsAcceptedErrors}`);
console.log(`errors or warnings on AWS-written definitions (awsdocs__*, localstack__*): ${awsWrittenWarnings}`);
process.exitCode = awsAcceptedErrors + awsWrittenWarnings > 0 ? 1 : 0;
