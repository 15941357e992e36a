#!/usr/bin/env node
// Corpus acceptance for convert http, export cfn and check-http-compat, run through the built
// CLI over every REST definition of a corpus directory (default fixtures/corpus):
//   - a convert run that exits 0 keeps every non-OPTIONS operation of its input;
//   - an export that exits 0 carries no literal ${name} placeholder outside Fn::Sub in its Body;
//   - nothing lint says cannot deploy exports with exit 0;
//   - every exported stack passes @aws/cloudformation-validate with zero errors.
// Usage: npm run build && node scripts/corpus-acceptance.mjs [corpus-dir]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'dist/bin/apigw.js');
const corpus = resolve(process.argv[2] ?? join(root, 'fixtures/corpus'));
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'apigw-acceptance-'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'x-amazon-apigateway-any-method'];
// What API Gateway itself reads in a Body: stage variables, and HTTP API / REST runtime variables.
const GATEWAY_VARIABLE = /^(stageVariables|request|context|method|input|util)\./;

const run = (args) => {
  const p = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
};
const operations = (doc) => {
  const out = [];
  for (const [path, item] of Object.entries(doc?.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const m of Object.keys(item)) if (METHODS.includes(m.toLowerCase()) && m.toLowerCase() !== 'options') out.push(`${m.toLowerCase()} ${path}`);
  }
  return out;
};
/** Strings outside Fn::Sub that hold a `${name}` API Gateway does not read itself. */
const literalPlaceholders = (node, found = []) => {
  if (typeof node === 'string') {
    for (const m of node.matchAll(/\$\{([^}]*)\}/g)) if (!GATEWAY_VARIABLE.test(m[1])) found.push(m[0]);
  } else if (Array.isArray(node)) node.forEach((x) => literalPlaceholders(x, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) if (k !== 'Fn::Sub') literalPlaceholders(v, found);
  }
  return found;
};

let engine;
let TemplateFile;
try {
  ({ RegoEngine: engine, TemplateFile } = await import('@aws/cloudformation-validate'));
  engine = new engine();
} catch {
  engine = undefined;
}

const totals = { rest: 0, lintErrors: 0, convert0: 0, convert1: 0, convert2: 0, convertMissing: 0, export0: 0, export1: 0, export2: 0, exportPlaceholder: 0, exportUndeployable: 0, validatorErrors: 0, compat: {} };
const failures = [];
for (const entry of manifest) {
  if (entry.api_kind !== 'rest') continue;
  totals.rest++;
  const file = join(corpus, entry.file);
  const input = yaml.load(readFileSync(file, 'utf8'));

  const compat = run(['check-http-compat', file, '--format', 'json', '--fail-on', 'never']);
  totals.compat[compat.status] = (totals.compat[compat.status] ?? 0) + 1;
  if (compat.status === 2) failures.push(`${entry.file}: check-http-compat exit 2: ${compat.stderr.trim().split('\n')[0]}`);

  const lint = run(['lint', file, '--api-type', 'rest', '--format', 'json', '--no-config']);
  const diagnostics = lint.status === 2 ? [] : JSON.parse(lint.stdout).diagnostics;
  const undeployable = diagnostics.filter((d) => d.severity === 'error' || d.ruleId === 'path/method-without-integration');
  if (undeployable.length) totals.lintErrors++;

  const out = join(work, `${entry.file}.http.yaml`);
  const conv = run(['convert', 'http', file, '-o', out, '--report', 'json', '--force']);
  totals[`convert${conv.status}`]++;
  if (conv.status === 0) {
    const kept = new Set(operations(yaml.load(readFileSync(out, 'utf8'))));
    const missing = operations(input).filter((op) => !kept.has(op));
    if (missing.length) {
      totals.convertMissing++;
      failures.push(`${entry.file}: convert exit 0 but lost ${missing.join(', ')}`);
    }
  } else if (conv.status === 2) failures.push(`${entry.file}: convert exit 2: ${conv.stderr.trim().split('\n')[0]}`);

  const exp = run(['export', 'cfn', file, '--api-type', 'rest', '--format', 'json', '--no-config']);
  totals[`export${exp.status}`]++;
  if (exp.status === 0) {
    const template = JSON.parse(exp.stdout);
    const placeholders = literalPlaceholders(template.Resources?.Api?.Properties?.Body);
    if (placeholders.length) {
      totals.exportPlaceholder++;
      failures.push(`${entry.file}: export exit 0 with literal ${[...new Set(placeholders)].join(', ')} in the Body`);
    }
    if (undeployable.length) {
      totals.exportUndeployable++;
      failures.push(`${entry.file}: export exit 0 although lint says the deploy fails (${undeployable.map((d) => d.ruleId).join(', ')})`);
    }
    if (engine) {
      const t = join(work, `${entry.file}.cfn.json`);
      writeFileSync(t, exp.stdout);
      const errors = engine.validateStandard(new TemplateFile(t)).diagnostics.filter((d) => d.severity === 'ERROR' || d.severity === 'FATAL');
      if (errors.length) {
        totals.validatorErrors++;
        failures.push(`${entry.file}: validator: ${errors.map((d) => `${d.ruleId} ${d.message}`).join('; ')}`);
      }
    }
  } else if (exp.status === 2) failures.push(`${entry.file}: export exit 2: ${exp.stderr.trim().split('\n')[0]}`);
}
engine?.free?.();
rmSync(work, { recursive: true, force: true });

console.log(`REST definitions: ${totals.rest} (lint says ${totals.lintErrors} cannot deploy)`);
console.log(`check-http-compat exits: ${JSON.stringify(totals.compat)}`);
console.log(`convert http: exit 0 ${totals.convert0}, exit 1 ${totals.convert1}, exit 2 ${totals.convert2}; exit 0 with a missing operation: ${totals.convertMissing}`);
console.log(`export cfn: exit 0 ${totals.export0}, exit 1 ${totals.export1}, exit 2 ${totals.export2}; exit 0 with a literal placeholder: ${totals.exportPlaceholder}; exit 0 though undeployable: ${totals.exportUndeployable}; validator errors: ${engine ? totals.validatorErrors : 'validator not installed'}`);
for (const f of failures) console.log(`FAIL ${f}`);
const bad = totals.convertMissing + totals.exportPlaceholder + totals.exportUndeployable + totals.validatorErrors + totals.convert2 + totals.export2;
process.exitCode = bad ? 1 : 0;
