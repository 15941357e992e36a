import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

export interface InputFile {
  path: string;
  display: string;
}

/**
 * Files, `-` for standard input, or globs (quoted, so the shell leaves them to us). The glob
 * library loads only when an input is not a file that exists: most runs name files.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const display = (abs: string) => relative(cwd, abs).split(sep).join('/') || abs;
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', display: '<stdin>' });
      continue;
    }
    const abs = resolve(cwd, input);
    if (existsSync(abs)) {
      out.push({ path: abs, display: display(abs) });
      continue;
    }
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(input)) {
      out.push({ path: abs, display: display(abs) });
      continue;
    }
    const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new UserError(`no files match "${input}"`);
    for (const m of matches) out.push({ path: m, display: display(m) });
  }
  return out;
}
