import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  script: vm.Script;
  /** True when V8 accepted the cached code (same Node.js build and flags). */
  cacheUsed: boolean;
}

/**
 * Loads the single-file CommonJS bundle of the command line with V8's code cache, written next
 * to it at build time (`<bundle>.cache`). A missing or stale cache (another Node.js version or
 * other V8 flags) is ignored by V8 and the code compiles as usual: the cache only saves time.
 */
export function loadBundle<T>(file: string, useCache = true): LoadedBundle<T> {
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (e: T, r: NodeJS.Require, m: { exports: T }, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
