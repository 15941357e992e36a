// The `serve` group of `npm run bench`: requests per second and p99 latency of `apigw serve` against
// a bare node:http server that returns the same bytes, side by side in one run, and the server's
// memory over 100,000 requests. Every server and the load generator (autocannon) run in processes
// of their own; the load generator's CPU time is reported so that it is seen when it, not the
// server, is the limit. Runs alternate (bare, MOCK, Lambda, bare, …) so that machine load hits all
// alike, and the best run of each counts (on a shared machine the others are slowed by what else runs).
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}dist/bin/apigw.js`;
const autocannon = `${root}node_modules/autocannon/autocannon.js`;
const cpuProbe = `${root}bench/cpu-usage.cjs`;
const memoryProbe = `${root}bench/memory-probe.cjs`;

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:trivial/invocations';

// A MOCK route with a request template (statusCode from a path parameter check) and a response
// template that reads the path parameter, $context and a #foreach: a typical mocked answer.
export const DEFINITION = `swagger: '2.0'
info: { title: serve-bench, version: '1' }
paths:
  /items/{id}:
    get:
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: ok } }
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '#if($input.params(''id'') != "")"statusCode": 200#else"statusCode": 404#end'
        responses:
          default:
            statusCode: '200'
            responseTemplates:
              application/json: |
                #set($id = $input.params('id'))
                {"id": "$id", "stage": "$context.stage", "resource": "$context.resourcePath", "tags": [#foreach($t in ['a', 'b', 'c'])"\${t}-$id"#if($foreach.hasNext), #end#end]}
  /fn:
    get:
      responses: { '200': { description: ok } }
      x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: ${LAMBDA_URI} }
`;

export const HANDLER = `export const handler = async () => ({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' });\n`;

// The bare server: answers every request with the bytes and headers it is given.
const BARE = `
const { createServer } = require('node:http');
const { body, headers } = JSON.parse(process.argv[1]);
const bytes = Buffer.from(body, 'base64');
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    for (const [k, v] of headers) res.setHeader(k, v);
    res.setHeader('Content-Length', bytes.length);
    res.writeHead(200);
    res.end(bytes);
  });
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts a server process and resolves once it printed its URL (to `logFile`, where its access log also goes). */
async function startServer(args, logFile, options = {}) {
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { stdio: ['ignore', fd, 'pipe', ...(options.ipc ? ['ipc'] : [])], cwd: root });
  closeSync(fd);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((r) => child.once('exit', r));
  for (let i = 0; i < 400; i++) {
    const m = /http:\/\/127\.0\.0\.1:\d+/.exec(readFileSync(logFile, 'utf8'));
    if (m) return { child, url: m[0], stop: async () => (child.kill('SIGTERM'), await exited), stderr: () => stderr };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${args.join(' ')}: ${stderr}`);
}

/** One autocannon run in its own process: its JSON result and its own CPU seconds. */
function load(url, { seconds, amount, connections = 50 }) {
  return new Promise((resolve, reject) => {
    const args = ['-r', cpuProbe, autocannon, '-c', String(connections), '-n', '-j', ...(amount ? ['-a', String(amount)] : ['-d', String(seconds)]), url];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let cpu = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => (cpu += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      const result = JSON.parse(out);
      resolve({ result, cpuSeconds: Number(cpu) });
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/** Runs the load against a server and measures what the server spent. */
async function measureRun(server, path, seconds) {
  const before = cpuSecondsOf(server.child.pid);
  const { result, cpuSeconds } = await load(server.url + path, { seconds });
  const serverCpu = cpuSecondsOf(server.child.pid) - before;
  const requests = result.requests.total;
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad) throw new Error(`${server.url}${path}: ${bad} of ${requests} requests failed or were not 2xx`);
  return {
    rps: result.requests.average, p99: result.latency.p99, requests,
    serverCpuPct: (serverCpu / result.duration) * 100,
    loaderCpuPct: (cpuSeconds / result.duration) * 100,
    cpuMicrosPerRequest: (serverCpu / requests) * 1e6,
  };
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

/** The bench: returns table lines and checks, in the shape run.mjs prints. */
export async function serveBench({ dir, seconds = Number(process.env.BENCH_SERVE_SECONDS ?? 10), rounds = Number(process.env.BENCH_SERVE_ROUNDS ?? 2), memory = true }) {
  const api = `${dir}/serve-api.yaml`;
  const handler = `${dir}/serve-handler.mjs`;
  writeFileSync(api, DEFINITION);
  writeFileSync(handler, HANDLER);
  const loadBefore = loadavg();

  const apigwArgs = ['-r', memoryProbe, '--expose-gc', bin, 'serve', api, '--port', '0', '--lambda', `trivial=${handler}#handler`];
  const apigw = await startServer(apigwArgs, `${dir}/serve-access.log`, { ipc: true });
  const lines = [];
  const checks = [];
  try {
    const sample = await fetch(`${apigw.url}/items/42`);
    const body = Buffer.from(await sample.arrayBuffer());
    if (sample.status !== 200) throw new Error(`MOCK route answered ${sample.status}: ${body}`);
    const headers = [['Content-Type', sample.headers.get('content-type')], ['x-amzn-RequestId', sample.headers.get('x-amzn-requestid')]];
    const bare = await startServer(['-e', BARE, JSON.stringify({ body: body.toString('base64'), headers })], `${dir}/serve-bare.log`);
    try {
      const bareSample = await fetch(`${bare.url}/items/42`);
      if (!body.equals(Buffer.from(await bareSample.arrayBuffer()))) throw new Error('the bare server does not return the MOCK route\'s bytes');
      const lambdaSample = await fetch(`${apigw.url}/fn`);
      if (lambdaSample.status !== 200) throw new Error(`Lambda route answered ${lambdaSample.status}`);

      const targets = [
        { name: 'bare node:http, same bytes', server: bare, path: '/items/42' },
        { name: 'apigw serve, MOCK with request and response templates', server: apigw, path: '/items/42' },
        { name: 'apigw serve, Lambda proxy to a trivial handler (worker thread)', server: apigw, path: '/fn' },
      ];
      for (const t of targets) await load(t.server.url + t.path, { seconds: 2 }); // warm-up (JIT, handler threads)
      const runs = new Map(targets.map((t) => [t, []]));
      for (let r = 0; r < rounds; r++) for (const t of targets) runs.get(t).push(await measureRun(t.server, t.path, seconds));
      const best = (t) => runs.get(t).reduce((a, b) => (b.rps > a.rps ? b : a));
      const [b, m, l] = targets.map(best);
      const p99 = (t) => Math.min(...runs.get(t).map((x) => x.p99));
      const loadAfter = loadavg();
      lines.push(`serve: 50 keep-alive connections, ${seconds} s per run, best of ${rounds} alternating runs; ${cpus().length} CPUs, load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after`);
      lines.push('| server | requests/s | p99 ms | server CPU % | µs CPU per request | autocannon CPU % |');
      lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
      for (const t of targets) {
        const x = best(t);
        lines.push(`| ${t.name} | ${Math.round(x.rps).toLocaleString('en')} | ${p99(t)} | ${x.serverCpuPct.toFixed(0)} | ${x.cpuMicrosPerRequest.toFixed(0)} | ${x.loaderCpuPct.toFixed(0)} |`);
      }
      // When the server, not the load generator, is the limit, the ratio of requests/s tends to the
      // inverse ratio of CPU per request; on a busy machine that is the steadier number.
      lines.push(`CPU per request against bare (the requests/s ratio when the server is the limit): MOCK ${((b.cpuMicrosPerRequest / m.cpuMicrosPerRequest) * 100).toFixed(0)} %, Lambda proxy ${((b.cpuMicrosPerRequest / l.cpuMicrosPerRequest) * 100).toFixed(0)} %`);
      const mockRatio = m.rps / b.rps;
      const lambdaRatio = l.rps / b.rps;
      const p99Bar = 2 * p99(targets[0]) + 1;
      checks.push({ what: 'serve: MOCK route ≥ 50 % of the bare server\'s requests/s', ok: mockRatio >= 0.5, value: `${(mockRatio * 100).toFixed(0)} %` });
      checks.push({ what: 'serve: MOCK route p99 ≤ 2 × the bare server\'s + 1 ms', ok: p99(targets[1]) <= p99Bar, value: `${p99(targets[1])} ms ≤ ${p99Bar} ms` });
      checks.push({ what: 'serve: Lambda proxy route ≥ 25 % of the bare server\'s requests/s', ok: lambdaRatio >= 0.25, value: `${(lambdaRatio * 100).toFixed(0)} %` });
    } finally {
      await bare.stop();
    }

    if (!memory) return { lines, checks };
    // Memory over 100,000 requests (half MOCK, half Lambda proxy, in alternating batches of
    // 10,000), sampled after a full garbage collection between batches.
    const samples = [];
    const sampleNow = async (after) => samples.push({ after, ...(await ask(apigw.child, 'memory')) });
    await sampleNow(0);
    await load(`${apigw.url}/items/7`, { amount: 10_000 });
    await load(`${apigw.url}/fn`, { amount: 10_000 });
    const warm = samples.length;
    await sampleNow(20_000);
    for (let done = 0; done < 100_000; done += 10_000) {
      await load(`${apigw.url}${(done / 10_000) % 2 ? '/fn' : '/items/7'}`, { amount: 10_000 });
      await sampleNow(20_000 + done + 10_000);
    }
    const mib = (x) => (x / 1048576).toFixed(1);
    const warmed = samples[warm];
    const end = samples.at(-1);
    const peakRss = Math.max(...samples.map((s) => s.rss));
    lines.push('');
    lines.push('serve memory: 20,000 warm-up requests, then 100,000 (MOCK and Lambda proxy in turns of 10,000), sampled after a full GC');
    lines.push('| | at start | after warm-up | after 100,000 more | peak seen |');
    lines.push('| --- | ---: | ---: | ---: | ---: |');
    lines.push(`| RSS MiB | ${mib(samples[0].rss)} | ${mib(warmed.rss)} | ${mib(end.rss)} | ${mib(peakRss)} |`);
    lines.push(`| heap used MiB | ${mib(samples[0].heapUsed)} | ${mib(warmed.heapUsed)} | ${mib(end.heapUsed)} | ${mib(Math.max(...samples.map((s) => s.heapUsed)))} |`);
    lines.push(`| heap used per sample MiB | ${samples.map((s) => mib(s.heapUsed)).join(' ')} | | | |`);
    const growth = end.heapUsed - warmed.heapUsed;
    // A leak of 20 bytes a request would be 2 MB over the run; a flat heap moves by less than that.
    checks.push({ what: 'serve: heap after 100,000 more requests within 2 MiB of the heap after warm-up', ok: growth <= 2 * 1048576, value: `${growth >= 0 ? '+' : ''}${(growth / 1048576).toFixed(2)} MiB` });
    checks.push({ what: 'serve: RSS after 100,000 more requests within 20 % of RSS after warm-up', ok: end.rss <= warmed.rss * 1.2, value: `${((end.rss / warmed.rss - 1) * 100).toFixed(1)} %` });
  } finally {
    await apigw.stop();
  }
  return { lines, checks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = `${root}.bench`;
  if (!existsSync(dir)) (await import('node:fs')).mkdirSync(dir, { recursive: true });
  const { lines, checks } = await serveBench({ dir });
  console.log(lines.join('\n'));
  for (const c of checks) console.log(`| ${c.what} | ${c.value} | ${c.ok ? 'ok' : 'FAILS'} |`);
}
