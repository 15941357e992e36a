#!/usr/bin/env node
// Mutation testing for lint rules: for a sample of rules, change one condition in the rule's
// `create` body at a time (negate an `if`, flip === / !==, swap && / ||, move a < or > boundary),
// run that rule's own test file, and count the mutant killed (the test failed) or survived.
// The rule file is restored after every run. Not part of `npm test`: it runs vitest once per mutant.
//
//   node scripts/mutate-rules.mjs [--rules 20] [--per-rule 6] [--seed 14] [--only int/timeout-range,...] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

function parseArgs(argv) {
  const args = { rules: 20, perRule: 6, seed: 14, only: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rules') args.rules = Number(argv[++i]);
    else if (a === '--per-rule') args.perRule = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--only') args.only = argv[++i].split(',');
    else if (a === '--json') args.json = true;
    else {
      console.error(`mutate-rules: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return args;
}

/** A small seeded generator (mulberry32), so that a sample can be run again. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, next) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Rule ids from the registry, in the order it lists them. */
function ruleIds() {
  const text = readFileSync(`${root}src/lint/rules/index.ts`, 'utf8');
  return [...text.matchAll(/from '\.\/([a-z]+\/[a-z0-9-]+)\.js'/g)].map((m) => m[1]);
}

/** Index of the parenthesis closing the one opened at `open`, skipping strings and regex-free text. */
function closingParen(text, open) {
  let depth = 0;
  let quote = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Every single-point mutation of the code after `create(`, skipping comment lines. */
function mutationsOf(text) {
  const start = text.indexOf('create(');
  if (start < 0) return [];
  const out = [];
  const lineOf = (i) => text.slice(0, i).split('\n').length;
  const isComment = (i) => /^\s*(\/\/|\*|\/\*)/.test(text.slice(text.lastIndexOf('\n', i) + 1, i + 1));
  const swaps = [
    [/ === /g, ' !== '], [/ !== /g, ' === '], [/ && /g, ' || '], [/ \|\| /g, ' && '],
    [/ < /g, ' <= '], [/ <= /g, ' < '], [/ > /g, ' >= '], [/ >= /g, ' > '],
  ];
  for (const [re, by] of swaps) {
    for (const m of text.slice(start).matchAll(re)) {
      const at = start + m.index;
      if (isComment(at)) continue;
      out.push({ line: lineOf(at), what: `${m[0].trim()} → ${by.trim()}`, apply: (t) => t.slice(0, at) + by + t.slice(at + m[0].length) });
    }
  }
  for (const m of text.slice(start).matchAll(/\bif \(/g)) {
    const open = start + m.index + 3;
    const close = closingParen(text, open);
    if (close < 0 || isComment(open)) continue;
    out.push({ line: lineOf(open), what: 'if (c) → if (!(c))', apply: (t) => `${t.slice(0, open)}(!${t.slice(open, close + 1)})${t.slice(close + 1)}` });
  }
  return out.sort((a, b) => a.line - b.line);
}

function runTest(id) {
  const r = spawnSync('npx', ['vitest', 'run', `test/lint/rules/${id}.test.ts`, '--reporter=dot'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return r.status === 0;
}

const args = parseArgs(process.argv.slice(2));
const next = random(args.seed);
const ids = args.only ?? shuffle(ruleIds(), next).slice(0, args.rules);
const results = [];
let restore = null;
process.on('SIGINT', () => {
  if (restore) restore();
  process.exit(130);
});
for (const id of ids) {
  const file = `${root}src/lint/rules/${id}.ts`;
  const original = readFileSync(file, 'utf8');
  restore = () => writeFileSync(file, original);
  if (!runTest(id)) {
    console.error(`mutate-rules: ${id}: the tests fail before any mutation; skipped`);
    continue;
  }
  const chosen = shuffle(mutationsOf(original), next).slice(0, args.perRule).sort((a, b) => a.line - b.line);
  for (const m of chosen) {
    try {
      writeFileSync(file, m.apply(original));
      const survived = runTest(id);
      results.push({ rule: id, line: m.line, mutation: m.what, survived });
      if (!args.json) console.log(`${survived ? 'SURVIVED' : 'killed  '}  ${id}:${m.line}  ${m.what}`);
    } finally {
      restore();
    }
  }
  restore = null;
}
const survived = results.filter((r) => r.survived).length;
if (args.json) console.log(JSON.stringify({ seed: args.seed, rules: ids, results }, null, 2));
else console.log(`\n${results.length} mutants in ${ids.length} rules: ${results.length - survived} killed, ${survived} survived`);
process.exitCode = survived > 0 ? 1 : 0;
