#!/usr/bin/env node
// The entry stays tiny. `apigw --version` answers without loading anything else; every other
// command line runs the CommonJS bundle built next to this file (dist/bin/cli.cjs) through V8's
// code cache, or, in an unbundled build, the modules themselves.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
  if (existsSync(bundle)) {
    const { loadBundle } = await import('./bundle.js');
    loadBundle<typeof import('./main.js')>(bundle).exports.main();
  } else {
    (await import('./main.js')).main();
  }
}
