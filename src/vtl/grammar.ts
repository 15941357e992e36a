import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { VelocityToken } from './parse.js';

export interface Grammar {
  parse_1: (text: string) => VelocityToken[];
}

/**
 * velocityjs's grammar module. The package's export map exposes only the nesting `parse`, so
 * the module is loaded by path. The command-line bundle replaces this file with a static
 * require of the same module (scripts/bundle.mjs), so the grammar is bundled and code-cached.
 */
export function loadGrammar(): Grammar {
  const require = createRequire(import.meta.url);
  return require(join(dirname(require.resolve('velocityjs')), 'parse', 'index.cjs')) as Grammar;
}
