import { buildProgram, CommanderError } from './program.js';
import { colorWanted, type Io, printError } from './io.js';
import { UserError } from '../errors.js';

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

/** The process boundary: exit codes are set here and nowhere else. 2 is never overwritten. */
export function main(): void {
  const args = process.argv.slice(2);
  // A reader that goes away (`apigw … | head`) closes the pipe: what is left to write is dropped,
  // quietly, and the run ends as it would have. Printing that failure would fail the same way.
  const closed = new Set<NodeJS.WriteStream>();
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (!closed.has(stream)) stream.write(text);
  };
  const io: Io = {
    stdout: (t) => write(process.stdout, t),
    stderr: (t) => write(process.stderr, t),
    color: colorWanted(args.includes('--no-color') ? false : args.includes('--color') ? true : undefined, process.stdout),
    debug: args.includes('--debug'),
    cwd: process.cwd(),
  };
  const setExit = (code: number) => {
    if (process.exitCode !== 2) process.exitCode = code;
  };
  const fail = (err: unknown) => setExit(failure(io, err));
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') closed.add(stream);
      else fail(err);
    });
  }
  runCli(args, io).then(setExit, fail);
}
