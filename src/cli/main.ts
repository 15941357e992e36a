import { readFileSync, readlinkSync } from 'node:fs';
import { buildProgram, CommanderError } from './program.js';
import { colorWanted, type Io, printError } from './io.js';
import { UserError } from '../errors.js';
import { escapeControl } from '../report/escape.js';

/**
 * Runs one command line (the arguments after `apigw`) against `io`; resolves to its exit code.
 * Also used at build time to exercise the commands before their compiled code is cached.
 */
export async function runCli(args: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    if (exitCode !== 2) exitCode = code;
  };
  try {
    await buildProgram(io, setExit).parseAsync(args, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help, --version and `apigw help` succeed; help shown because a command is missing
      // (`apigw`, `apigw export`) is a usage error.
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || (err.code === 'commander.help' && err.exitCode === 0);
      setExit(ok ? 0 : 2);
    } else setExit(failure(io, err));
  }
  return exitCode;
}

/** Print a failure the way every command does; its exit code (a UserError's own, else 2). */
function failure(io: Io, err: unknown): number {
  printError(io, err);
  return err instanceof UserError ? err.exitCode : 2;
}

/**
 * Node.js opens /dev/null read-write in place of a standard stream that was closed before it
 * started (`apigw … >&-`), so what is written there would vanish and the run end with 0. A shell
 * redirect to /dev/null opens it write-only; read-write /dev/null is taken for a closed stream.
 * Linux only (/proc); elsewhere nothing is detected.
 */
function isClosedAtStart(fd: 1 | 2): boolean {
  try {
    if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

function describeWriteError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EBADF':
      return 'it is closed';
    case 'EIO':
      return 'input/output error';
    case 'EAGAIN':
      return 'the reader is not reading';
    default:
      return err.message;
  }
}

/** The process boundary: exit codes are set here and nowhere else. 2 is never overwritten. */
export function main(): void {
  const args = process.argv.slice(2);
  const setExit = (code: number) => {
    if (process.exitCode !== 2) process.exitCode = code;
  };
  // A reader that goes away (`apigw … | head`) closes the pipe: what is left to write is dropped,
  // quietly, and the run ends as it would have. Printing that failure would fail the same way.
  // Any other failure to write (a full disk, a closed stream) loses output: the run ends with 2,
  // said once on standard error when that still works, and nothing more is written to the stream.
  const closed = new Set<NodeJS.WriteStream>();
  const writeFailed = (stream: NodeJS.WriteStream, err: NodeJS.ErrnoException) => {
    if (closed.has(stream)) return;
    closed.add(stream);
    if (err.code === 'EPIPE') return;
    setExit(2);
    if (stream === process.stdout) write(process.stderr, `apigw: error: cannot write to standard output: ${describeWriteError(err)}\n`);
  };
  const closedAtStart = new Map<NodeJS.WriteStream, boolean>([[process.stdout, isClosedAtStart(1)], [process.stderr, isClosedAtStart(2)]]);
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (closed.has(stream) || text === '') return;
    if (closedAtStart.get(stream)) return writeFailed(stream, Object.assign(new Error('closed'), { code: 'EBADF' }));
    try {
      // Standard error carries only messages for people, some quoting the definition.
      stream.write(stream === process.stderr ? escapeControl(text, { keepLineBreaks: true }) : text);
    } catch (err) {
      writeFailed(stream, err as NodeJS.ErrnoException);
    }
  };
  const io: Io = {
    stdout: (t) => write(process.stdout, t),
    stderr: (t) => write(process.stderr, t),
    color: colorWanted(args.includes('--no-color') ? false : args.includes('--color') ? true : undefined, process.stdout),
    debug: args.includes('--debug'),
    cwd: process.cwd(),
  };
  const fail = (err: unknown) => setExit(failure(io, err));
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (err: NodeJS.ErrnoException) => writeFailed(stream, err));
  runCli(args, io).then(setExit, fail);
}
