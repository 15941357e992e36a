import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

export interface InputFile {
  path: string;
  display: string;
  /** Found in a directory or by a glob, not named on the command line. */
  found?: boolean;
}

const DEFINITION_FILE = /\.(ya?ml|json)$/i;

/**
 * `--ignore` globs, matched against paths relative to the working directory (POSIX); a glob
 * without a slash matches a file or directory name anywhere, as in .gitignore.
 */
async function ignoreMatcher(globs: string[]): Promise<(rel: string) => boolean> {
  if (globs.length === 0) return () => false;
  const { default: picomatch } = await import('picomatch');
  const matchers = globs.map((g) => picomatch(g.replace(/\/+$/, ''), { dot: true, basename: !g.replace(/\/+$/, '').includes('/') }));
  // A path is ignored when it or a directory on the way to it matches.
  return (rel) => {
    const parts = rel.split('/');
    return parts.some((_, i) => {
      const prefix = parts.slice(0, i + 1).join('/');
      return matchers.some((m) => m(prefix));
    });
  };
}

/** Every .yaml, .yml and .json file under `dir`, sorted; node_modules, dot-directories and ignored paths are skipped. */
function walk(dir: string, cwd: string, ignored: (rel: string) => boolean, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const abs = join(dir, entry.name);
    const rel = relative(cwd, abs).split(sep).join('/');
    if (ignored(rel)) continue;
    // Symbolic links to directories are not followed: a link back up would never end.
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(abs, cwd, ignored, out);
    } else if (DEFINITION_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && statSync(abs, { throwIfNoEntry: false })?.isFile()))) {
      out.push(abs);
    }
  }
}

/**
 * Files, directories (searched for definitions), `-` for standard input, or globs (quoted, so the
 * shell leaves them to us). The glob library loads only when an input is not a path that exists:
 * most runs name files.
 */
export async function expandInputs(inputs: string[], cwd: string, ignore: string[] = []): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const display = (abs: string) => relative(cwd, abs).split(sep).join('/') || abs;
  const ignored = await ignoreMatcher(ignore);
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-', display: '<stdin>' });
      continue;
    }
    const abs = resolve(cwd, input);
    if (existsSync(abs)) {
      if (!statSync(abs).isDirectory()) {
        out.push({ path: abs, display: display(abs) });
        continue;
      }
      const files: string[] = [];
      walk(abs, cwd, ignored, files);
      if (files.length === 0) throw new UserError(`no .yaml, .yml or .json files in "${input}"${ignore.length ? ' (after --ignore)' : ''}`);
      for (const f of files) out.push({ path: f, display: display(f), found: true });
      continue;
    }
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(input)) {
      out.push({ path: abs, display: display(abs) });
      continue;
    }
    const matches = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort().filter((m) => !ignored(display(m)));
    if (matches.length === 0) throw new UserError(`no files match "${input}"${ignore.length ? ' (after --ignore)' : ''}`);
    for (const m of matches) out.push({ path: m, display: display(m), found: true });
  }
  return out;
}
