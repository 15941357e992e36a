#!/usr/bin/env node
import { buildProgram, CommanderError } from './program.js';
import { colorWanted, type Io, printError } from './io.js';
import { UserError } from '../errors.js';

/** The process boundary: exit codes are set here and nowhere else. 2 is never overwritten. */
let exitCode = 0;
const setExit = (code: number) => {
  if (exitCode !== 2) exitCode = code;
  process.exitCode = exitCode;
};

const argv = process.argv.slice(2);
const io: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  color: colorWanted(argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined, process.stdout),
  debug: argv.includes('--debug'),
  cwd: process.cwd(),
};

const fail = (err: unknown) => {
  printError(io, err);
  setExit(err instanceof UserError ? err.exitCode : 2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') fail(err);
});

try {
  await buildProgram(io, setExit).parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
    setExit(ok ? 0 : 2);
  } else fail(err);
}
