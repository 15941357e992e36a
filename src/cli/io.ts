import { existsSync, lstatSync, realpathSync, renameSync, type Stats, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour on stdout: a TTY without NO_COLOR or --no-color. */
  color: boolean;
  debug: boolean;
  cwd: string;
}

export function colorWanted(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  // A command-line flag overrides NO_COLOR (no-color.org: "per-instance command-line arguments
  // should override NO_COLOR"); NO_COLOR overrides FORCE_COLOR and the terminal.
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(stream.isTTY);
}

/** Print a failure the way every command does: one line, a hint line, a stack only with --debug. */
export function printError(io: Io, err: unknown): void {
  if (err instanceof UserError) {
    io.stderr(`apigw: error: ${err.format()}\n`);
    if (err.hint) io.stderr(err.hint.split('\n').map((l) => `  ${l}`).join('\n') + '\n');
    if (io.debug && err.cause) io.stderr(`${(err.cause as Error).stack ?? String(err.cause)}\n`);
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`apigw: internal error: ${message}${io.debug ? '' : ' (run with --debug for details)'}\n`);
  if (io.debug && err instanceof Error) io.stderr(`${err.stack}\n`);
}

/** Where `-o` writes: a regular file (a symbolic link's target), never standard output. */
export interface OutputFile {
  /** The file written: the real path, after symbolic links. */
  path: string;
  /** As the user named it. */
  display: string;
  /** Said on standard error after writing, when the file is not the one named (a symbolic link's target). */
  note?: string;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function errnoOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Check `-o` before a command runs: `-` (or no `-o`) is standard output (undefined); a file may be
 * replaced only with `--force`, only if it is a regular file (a symbolic link is followed to its
 * target, which is said), and never when it is one of the inputs.
 */
export function outputFile(output: string | undefined, inputs: string[], force: boolean | undefined, cwd: string): OutputFile | undefined {
  if (output === undefined || output === '-') return undefined;
  const abs = resolve(cwd, output);
  let path = abs;
  let note: string | undefined;
  let exists = false;
  try {
    const link = lstatSync(abs);
    exists = true;
    if (link.isSymbolicLink()) {
      try {
        path = realpathSync(abs);
      } catch (err) {
        throw new UserError(`cannot write ${output}: it is a symbolic link to ${errnoOf(err) === 'ENOENT' ? 'a file that does not exist' : 'a file that cannot be reached'}`, { cause: err });
      }
      note = `${output} is a symbolic link: wrote its target ${relative(cwd, path) || path}`;
    }
    const st = link.isSymbolicLink() ? statSync(path) : link;
    if (!st.isFile()) throw new UserError(`cannot write ${output}: it is ${kindOf(st)}, not a regular file`);
  } catch (err) {
    if (err instanceof UserError) throw err;
    if (errnoOf(err) !== 'ENOENT') throw new UserError(`cannot write ${output}: ${(err as Error).message}`, { cause: err });
  }
  if (!exists) {
    try {
      path = join(realpathSync(dirname(abs)), basename(abs));
    } catch (err) {
      throw new UserError(`cannot write ${output}: ${errnoOf(err) === 'ENOENT' ? 'no such directory' : (err as Error).message}`, { cause: err });
    }
  }
  for (const input of inputs) {
    if (input === '-') continue;
    let real: string;
    try {
      real = realpathSync(resolve(cwd, input));
    } catch {
      continue;
    }
    if (real === path) throw new UserError(`${output} is the input definition ${input}; refusing to write over it`);
  }
  if (exists && !force) throw new UserError(`${output} exists; refusing to replace it (use --force)`);
  return { path, display: output, note };
}

/** Write through a temporary file beside the target and a rename, so nobody ever sees half a file. */
export function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    // Checked again just before the rename: rename replaces whatever is there, a device included.
    let st: Stats | undefined;
    try {
      st = lstatSync(path);
    } catch (err) {
      if (errnoOf(err) !== 'ENOENT') throw err;
    }
    if (st && !st.isFile()) throw new Error(`it is ${st.isSymbolicLink() ? 'a symbolic link' : kindOf(st)}, not a regular file`);
    renameSync(tmp, path);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UserError(`cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}
