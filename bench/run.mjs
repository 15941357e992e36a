// `npm run bench`: median wall time and peak RSS of whole `apigw` processes on synthetic
// definitions of 100, 1,000 and 10,000 operations; lint on the same definitions as JSON,
// minified and pretty-printed, at 1,000, 10,000 and 30,000 operations (parse cost must not
// depend on formatting, and must grow linearly); convert's peak memory against lint's.
// `serve`: apigw serve against a bare node:http server (bench/serve.mjs).
// Timing lives here, never in tests. `npm run bench -- json convert` runs only those groups;
// `npm run bench -- --reference ../other-checkout 1000 10000` times another build side by side.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJson, generateSpec } from './generate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}dist/bin/apigw.js`;
const dir = `${root}.bench`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
// `--reference <checkout>`: another built checkout of apigw (an earlier commit) timed side by side
// in the same run, its runs interleaved with ours, so the ratio is not skewed by machine load.
const args = process.argv.slice(2);
const refAt = args.indexOf('--reference');
const reference = refAt >= 0 ? args.splice(refAt, 2)[1] : undefined;
const refBin = reference ? `${reference.replace(/\/$/, '')}/dist/bin/apigw.js` : undefined;
if (refBin && !existsSync(refBin)) throw new Error(`--reference: ${refBin} does not exist; build that checkout first`);
const only = args;
mkdirSync(dir, { recursive: true });

const peakRss = `${root}bench/peak-rss.cjs`;
// Standard output goes to /dev/null opened write-only, as a shell redirect does: apigw takes a
// read-write /dev/null (what `stdio: 'ignore'` gives) for a stream closed before it started.
const devNull = openSync('/dev/null', 'w');

/** Wall time from spawn to exit, and the peak resident set the process reports about itself. */
function run(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-r', peakRss, ...args], { stdio: ['ignore', devNull, 'pipe', 'pipe'] });
    let stderr = '';
    let peak = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3].on('data', (d) => (peak += d));
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      // The fd 3 pipe may still hold the last bytes when 'exit' fires.
      child.on('close', () => resolve({ seconds, peakMiB: Number(peak) / 1024, code, stderr }));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median of `runs` runs after a warm-up; at most three runs of the largest inputs (`heavy`). */
async function measure(label, args, heavy = false) {
  await run(args); // warm-up
  const results = [];
  for (let i = 0; i < (heavy ? Math.min(runs, 3) : runs); i++) results.push(await run(args));
  const bad = results.find((r) => r.code !== 0 && r.code !== 1);
  if (bad) throw new Error(`${label}: exit ${bad.code}: ${bad.stderr}`);
  return { label, seconds: median(results.map((r) => r.seconds)), peakMiB: Math.max(...results.map((r) => r.peakMiB)) };
}

/** Like `measure`, for our command and the reference's, their runs alternating. */
async function measurePair(label, args, heavy = false) {
  const refArgs = args.map((a) => (a === bin ? refBin : a));
  await run(args);
  await run(refArgs);
  const ours = [];
  const theirs = [];
  for (let i = 0; i < (heavy ? Math.min(runs, 3) : runs); i++) {
    ours.push(await run(args));
    theirs.push(await run(refArgs));
  }
  const bad = [...ours, ...theirs].find((r) => r.code !== 0 && r.code !== 1);
  if (bad) throw new Error(`${label}: exit ${bad.code}: ${bad.stderr}`);
  const row = (rs, l) => ({ label: l, seconds: median(rs.map((r) => r.seconds)), peakMiB: Math.max(...rs.map((r) => r.peakMiB)) });
  return [row(ours, label), row(theirs, `${label}, reference`)];
}

const rows = [];
const checks = [];
if (!only.length || only.includes('version')) {
  rows.push(await measure('node -e 0 (baseline)', ['-e', '0']));
  rows.push(await measure('apigw --version', [bin, '--version']));
}
for (const ops of [100, 1000, 10000]) {
  if (only.length && !only.includes(String(ops))) continue;
  const file = `${dir}/synthetic-${ops}.yaml`;
  if (!existsSync(file)) writeFileSync(file, generateSpec(ops));
  const mb = (statSync(file).size / 1e6).toFixed(2);
  const check = spawnSync(process.execPath, [bin, 'lint', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const summary = JSON.parse(check.stdout).summary;
  const label = `apigw lint ${ops} operations (${mb} MB)`;
  const lintArgs = [bin, 'lint', file, '--format', 'json'];
  const [row, ref] = refBin ? await measurePair(label, lintArgs, ops >= 10000) : [await measure(label, lintArgs)];
  row.note = `${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`;
  rows.push(row);
  if (ref) {
    const ratio = row.seconds / ref.seconds;
    ref.note = `ours ${ratio.toFixed(2)}× the reference's time, ${(row.peakMiB / ref.peakMiB).toFixed(2)}× its peak RSS`;
    rows.push(ref);
    if (ops >= 1000) checks.push({ what: `lint at ${ops} operations no slower than the reference (≤ 1.05×, run-to-run noise)`, ok: ratio <= 1.05, value: `${ratio.toFixed(2)}×` });
  }
}

/** A synthetic definition of `ops` operations, written once to .bench/. */
function specFile(ops, form) {
  const file = `${dir}/synthetic-${ops}${form === 'yaml' ? '.yaml' : `-${form}.json`}`;
  if (!existsSync(file)) writeFileSync(file, form === 'yaml' ? generateSpec(ops) : generateJson(ops, form === 'pretty'));
  return file;
}
const megabytes = (file) => (statSync(file).size / 1e6).toFixed(1);

// Minified against pretty-printed JSON: same definition, same findings; the parse must not care.
if (!only.length || only.includes('json')) {
  const perOperation = {};
  for (const ops of [1000, 10000, 30000]) {
    const pair = {};
    for (const form of ['pretty', 'minified']) {
      const file = specFile(ops, form);
      const row = await measure(`apigw lint ${ops} operations, ${form} JSON (${megabytes(file)} MB)`, [bin, 'lint', file, '--format', 'json'], ops >= 10000);
      pair[form] = row.seconds;
      rows.push(row);
    }
    const ratio = pair.minified / pair.pretty;
    rows[rows.length - 1].note = `${ratio.toFixed(2)}× pretty`;
    perOperation[ops] = pair;
    if (ops === 30000) checks.push({ what: 'lint, minified JSON at 30,000 operations ≤ 1.5× pretty-printed', ok: ratio <= 1.5, value: `${ratio.toFixed(2)}×` });
  }
  // Linear: time per operation at 30,000 within 1.5× of that at 10,000 (1,000 is mostly start-up).
  for (const form of ['pretty', 'minified']) {
    const growth = perOperation[30000][form] / 30000 / (perOperation[10000][form] / 10000);
    checks.push({ what: `lint, ${form} JSON: time per operation at 30,000 ≤ 1.5× that at 10,000`, ok: growth <= 1.5, value: `${growth.toFixed(2)}×` });
  }
}

// convert keeps the definition, the bundled copy and what it writes: at most twice lint's memory.
if (!only.length || only.includes('convert')) {
  for (const ops of [10000, 30000]) {
    const file = specFile(ops, 'yaml');
    const lint = await measure(`apigw lint ${ops} operations (${megabytes(file)} MB)`, [bin, 'lint', file, '--format', 'json'], true);
    const convert = await measure(`apigw convert http --drop-blocking ${ops} operations`, [bin, 'convert', 'http', '--drop-blocking', file], true);
    const ratio = convert.peakMiB / lint.peakMiB;
    convert.note = `${ratio.toFixed(2)}× lint's peak RSS`;
    rows.push(lint, convert);
    const compat = await measure(`apigw check-http-compat ${ops} operations`, [bin, 'check-http-compat', file, '--format', 'json'], true);
    compat.note = `${(compat.seconds / lint.seconds).toFixed(2)}× lint's time`;
    rows.push(compat);
    checks.push({ what: `convert http at ${ops} operations: peak RSS ≤ 2× lint's`, ok: ratio <= 2, value: `${ratio.toFixed(2)}×` });
  }
}

if (!only.length || only.includes('render')) {
  const { guardOverhead, rendersPerSecond, REGEX_TEMPLATE } = await import('./render.mjs');
  const rates = [];
  const regexRates = [];
  for (let i = 0; i < 3; i++) {
    rates.push(rendersPerSecond(2));
    regexRates.push(rendersPerSecond(2, REGEX_TEMPLATE));
  }
  rows.push({ label: 'render-template: typical request template, compiled once (renders/s)', seconds: median(rates), peakMiB: NaN, rate: true });
  rows.push({ label: 'render-template: the same with a Java regex replaceAll per item (renders/s)', seconds: median(regexRates), peakMiB: NaN, rate: true });
  const guard = guardOverhead();
  checks.push({ what: 'render-template: typical request template ≥ 50,000 renders/s', ok: median(rates) >= 50000, value: `${Math.round(median(rates)).toLocaleString('en')}/s` });
  checks.push({ what: 'render-template: the time-limit guard costs a template without regex < 10 %', ok: guard < 0.1, value: `${(guard * 100).toFixed(1)} %` });
}

let serveLines = [];
if (!only.length || only.includes('serve')) {
  const { serveBench } = await import('./serve.mjs');
  const serve = await serveBench({ dir });
  serveLines = serve.lines;
  checks.push(...serve.checks);
}

if (rows.length) {
  console.log(`median of ${runs} runs (3 from 10,000 operations on) after one warm-up; peak RSS is the largest seen`);
  console.log('| command | median wall s | peak RSS MiB | findings |');
  console.log('| --- | ---: | ---: | --- |');
  for (const r of rows) {
    if (r.rate) console.log(`| ${r.label} | ${Math.round(r.seconds).toLocaleString('en')}/s | | median of 3 two-second runs |`);
    else console.log(`| ${r.label} | ${r.seconds.toFixed(3)} | ${r.peakMiB.toFixed(0)} | ${r.note ?? ''} |`);
  }
}
if (serveLines.length) console.log(['', ...serveLines].join('\n'));
if (checks.length) {
  console.log('');
  console.log('| check | result | |');
  console.log('| --- | ---: | --- |');
  for (const c of checks) console.log(`| ${c.what} | ${c.value} | ${c.ok ? 'ok' : 'FAILS'} |`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}
