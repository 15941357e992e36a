// `npm run bench`: median wall time and peak RSS of whole `apigw` processes on synthetic
// definitions of 100, 1,000 and 10,000 operations. Timing lives here, never in tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSpec } from './generate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}dist/bin/apigw.js`;
const dir = `${root}.bench`;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.argv.slice(2);
mkdirSync(dir, { recursive: true });

const peakRss = `${root}bench/peak-rss.cjs`;

/** Wall time from spawn to exit, and the peak resident set the process reports about itself. */
function run(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-r', peakRss, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
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

async function measure(label, args) {
  await run(args); // warm-up
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await run(args));
  const bad = results.find((r) => r.code !== 0 && r.code !== 1);
  if (bad) throw new Error(`${label}: exit ${bad.code}: ${bad.stderr}`);
  return { label, seconds: median(results.map((r) => r.seconds)), peakMiB: Math.max(...results.map((r) => r.peakMiB)) };
}

const rows = [];
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
  const row = await measure(`apigw lint ${ops} operations (${mb} MB)`, [bin, 'lint', file, '--format', 'json']);
  row.note = `${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`;
  rows.push(row);
}

if (!only.length || only.includes('render')) {
  const { rendersPerSecond, REGEX_TEMPLATE } = await import('./render.mjs');
  const rates = [];
  const regexRates = [];
  for (let i = 0; i < 3; i++) {
    rates.push(rendersPerSecond(2));
    regexRates.push(rendersPerSecond(2, REGEX_TEMPLATE));
  }
  rows.push({ label: 'render-template: typical request template, compiled once (renders/s)', seconds: median(rates), peakMiB: NaN, rate: true });
  rows.push({ label: 'render-template: the same with a Java regex replaceAll per item (renders/s)', seconds: median(regexRates), peakMiB: NaN, rate: true });
}

console.log(`median of ${runs} runs after one warm-up; peak RSS is the largest seen`);
console.log('| command | median wall s | peak RSS MiB | findings |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows) {
  if (r.rate) console.log(`| ${r.label} | ${Math.round(r.seconds).toLocaleString('en')}/s | | median of 3 two-second runs |`);
  else console.log(`| ${r.label} | ${r.seconds.toFixed(3)} | ${r.peakMiB.toFixed(0)} | ${r.note ?? ''} |`);
}
