import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';

export interface InputFile {
  path: string;
  display: string;
}

/** Files, `-` for standard input, or globs (quoted, so the shell leaves them to us). */
export function expandInputs(inputs: string[], cwd: string): InputFile[] {
  const out: InputFile[] = [];
  const display = (abs: string) => relative(cwd, abs).split(sep).join('/') || abs;
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', display: '<stdin>' });
      continue;
    }
    const abs = resolve(cwd, input);
    if (existsSync(abs) || !isDynamicPattern(input)) {
      out.push({ path: abs, display: display(abs) });
      continue;
    }
    const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new UserError(`no files match "${input}"`);
    for (const m of matches) out.push({ path: m, display: display(m) });
  }
  return out;
}
