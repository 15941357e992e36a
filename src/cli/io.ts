import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/** Write through a temporary file and a rename, so nobody ever sees half a file. */
export function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UserError(`cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}
