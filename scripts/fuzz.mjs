// Long fuzzing of all five commands: `npm run fuzz -- --minutes 30` (build first: `npm run build`).
// Mutants of the repository's fixtures (wrong types, keys named after Object.prototype's members,
// copied subtrees, cut or altered bytes, YAML, JSON and minified JSON) go through lint,
// check-http-compat, export cfn, convert http and render-template in a worker thread. A case that
// ends in an internal error or an exit code outside 0/1/2, runs past --timeout seconds or runs the
// worker out of memory is written to --out (default .fuzz/) with what happened; the run goes on.
// Unseeded unless --seed is given; the seed of every case is printed with it, to replay it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '30' },
      seed: { type: 'string' },
      timeout: { type: 'string', default: '30' },
      out: { type: 'string', default: '.fuzz' },
    },
  });
  const until = Date.now() + Number(values.minutes) * 60_000;
  const timeoutMs = Number(values.timeout) * 1000;
  let seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  mkdirSync(values.out, { recursive: true });
  const started = Date.now();
  let cases = 0;
  const signatures = new Map();
  const record = (kind, current, detail) => {
    const signature = `${kind}: ${detail.split('\n')[0].replace(/\/tmp\/\S+/g, 'FILE').slice(0, 200)}`;
    const count = (signatures.get(signature) ?? 0) + 1;
    signatures.set(signature, count);
    if (count > 1) return;
    const base = join(values.out, `case-${current.seed}`);
    writeFileSync(`${base}${current.ext}`, current.text);
    writeFileSync(`${base}.txt`, `${kind} (seed ${current.seed}, from ${current.from})\n${detail}\n`);
    console.log(`[${new Date().toISOString()}] ${signature}  → ${base}${current.ext}`);
  };
  const run = () => new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { seed }, resourceLimits: { maxOldGenerationSizeMb: 1536 } });
    let current;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        record('hang', current, `no result after ${values.timeout} s`);
        seed = current.seed + 1;
        void worker.terminate();
      }, timeoutMs);
    };
    worker.on('message', (m) => {
      if (m.type === 'start') {
        current = m;
        arm();
        return;
      }
      cases++;
      for (const p of m.problems) record('failure', current, p);
      if (Date.now() >= until) {
        clearTimeout(timer);
        void worker.terminate();
      } else worker.postMessage('next');
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      if (current) record('crash', current, String(err && (err.code ?? err.message)));
      seed = (current?.seed ?? seed) + 1;
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  while (Date.now() < until) await run();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`${cases} cases in ${minutes} min, ${signatures.size} distinct problem(s)`);
  for (const [s, n] of signatures) console.log(`  ${n}× ${s}`);
  process.exitCode = signatures.size ? 1 : 0;
} else {
  const fc = (await import('fast-check')).default;
  const h = await import('./fuzz-harness.mjs');
  const seeds = h.seedDocuments();
  const dir = h.scratchDirectory();
  const arbitrary = fc.tuple(fc.nat(seeds.length - 1), fc.array(h.mutation, { minLength: 1, maxLength: 8 }), h.rendering);
  let seed = workerData.seed;
  const step = async () => {
    const [[i, mutations, how]] = fc.sample(arbitrary, { numRuns: 1, seed });
    const doc = h.applyMutations(seeds[i].value, mutations);
    const { text, ext } = h.renderDocument(doc, how);
    parentPort.postMessage({ type: 'start', seed, from: seeds[i].name, text, ext });
    seed++;
    const problems = await h.runAll(text, ext, doc, dir);
    parentPort.postMessage({ type: 'done', problems });
  };
  parentPort.on('message', () => void step());
  process.on('exit', () => h.removeDirectory(dir));
  await step();
}
