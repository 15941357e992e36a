#!/usr/bin/env node
// The entry stays tiny. The published bin (dist/bin/apigw.cjs) is this file built as CommonJS,
// which Node.js starts faster than an ES module: `apigw --version` answers without loading
// anything else, and every other command line runs the CommonJS bundle built next to it
// (dist/bin/cli.cjs) through V8's code cache. Run unbundled (dist/cli/index.js), it loads the
// modules themselves.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle.js';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  if (existsSync(bundle)) loadBundle<typeof import('./main.js')>(bundle).exports.main();
  else void import('./main.js').then((m) => m.main());
}
