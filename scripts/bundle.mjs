// Bundles the command line into dist/bin/: a tiny CommonJS entry (apigw.js, the package's bin;
// dist/bin/package.json makes .js CommonJS there) and one CommonJS file holding everything else
// (cli.cjs), plus V8's compiled code for it (cli.cjs.cache). CommonJS because Node.js starts it
// sooner than an ES module: no ES module loader is set up.
// Start-up is the larger part of linting a small definition: reading one file instead of ~200
// ES modules cuts it by about a third, and the code cache spares compiling what a run uses
// (`npm run bench` shows both). The library (dist/index.js) stays unbundled for importers; for
// require() it is bundled too, into dist/cjs/ (see the end of this file).
import { chmodSync, cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}dist/bin`;
rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true, platform: 'node', target: 'node20', legalComments: 'linked', logLevel: 'warning',
  format: 'cjs',
  // Modules that read files next to themselves (package.json) find them from the bundle's own path.
  define: { 'import.meta.url': '__apigw_module_url' },
  banner: { js: "const __apigw_module_url = require('node:url').pathToFileURL(__filename).href;" },
};

await build({
  ...common,
  entryPoints: { apigw: `${root}src/cli/index.ts` },
  outdir: out,
  // Only an unbundled build falls back to the modules; here cli.cjs always exists.
  external: ['./main.js'],
});
chmodSync(`${out}/apigw.js`, 0o755);
writeFileSync(`${out}/package.json`, '{ "type": "commonjs" }\n');

// commander requires node:child_process when it loads, for executable subcommands, which apigw
// has none of; loading it (and net, dgram, streams behind it) cost every run a few milliseconds.
// In the bundle commander gets it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// apigw decides colour itself (--color/--no-color, NO_COLOR, FORCE_COLOR, a TTY) and gives chalk
// an explicit level; chalk's own terminal detection (supports-color, which loads tty and os and
// inspects them when it loads) is never consulted, so the bundle leaves it out.
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: { cli: `${root}src/cli/main.ts` },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  plugins: [lazyChildProcess, noColorDetection],
});

// The library for require(): one CommonJS file with its dependencies (chalk is an ES module only),
// and the declarations beside it, where dist/cjs/package.json makes TypeScript read them as
// CommonJS too (index.d.cts for the entry itself).
const cjs = `${root}dist/cjs`;
rmSync(cjs, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { index: `${root}src/index.ts` },
  outdir: cjs,
  outExtension: { '.js': '.cjs' },
  plugins: [lazyChildProcess, noColorDetection],
});
writeFileSync(`${cjs}/package.json`, '{ "type": "commonjs" }\n');
for (const entry of readdirSync(`${root}dist`, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const from = join(entry.parentPath, entry.name);
  const rel = from.slice(`${root}dist/`.length);
  if (/^(bin|cjs|cli)\//.test(rel)) continue;
  cpSync(from, join(cjs, rel === 'index.d.ts' ? 'index.d.cts' : rel));
}

// Exercise every command on bundled fixtures, then store the code V8 compiled for them.
const { loadBundle } = await import(`${root}dist/cli/bundle.js`);
const { exports: cli, script } = loadBundle(`${out}/cli.cjs`, false);
const io = { stdout: () => {}, stderr: () => {}, color: false, debug: false, cwd: root };
const spec = 'fixtures/export/rest-lambda/api.yaml';
const runs = [
  ['lint', 'fixtures/examples/petstore-rest.yaml', '--no-config'],
  ['lint', spec, '--no-config', '--format', 'json'],
  ['render-template', 'fixtures/vtl/lambda-custom-request/template.vtl', '--event', 'fixtures/vtl/lambda-custom-request/event.json'],
  ['check-http-compat', spec],
  ['export', 'cfn', spec],
  ['convert', 'http', spec],
  ['rules'],
  ['rules', 'int/type-invalid'],
];
for (const args of runs) {
  const code = await cli.runCli(args, io);
  if (code === 2) throw new Error(`bundle: training run failed: apigw ${args.join(' ')}`);
}
writeFileSync(`${out}/cli.cjs.cache`, script.createCachedData());
