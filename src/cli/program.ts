import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { VERSION } from './version.js';

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

const collect = (value: string, previous: string[]) => previous.concat(value);

/** Declares commands and options; each action loads its command module on demand. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('apigw')
    .description('Lint, render, check and export Amazon API Gateway OpenAPI definitions')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces for internal errors')
    .option('--no-color', 'never colour the output')
    .showHelpAfterError('(run "apigw --help" for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('lint')
    .description('check OpenAPI definitions with x-amazon-apigateway-* extensions against what API Gateway accepts')
    .argument('<files...>', 'files, quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github', 'junit']).default('stylish'))
    .addOption(new Option('--api-type <type>', 'REST or HTTP API; auto decides from the document').choices(['rest', 'http', 'auto']).default('auto'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer)
    .option('-q, --quiet', 'report errors only')
    .option('-r, --rule <id=severity>', 'set a rule to off, info, warning or error (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (default: apigw.config.yaml|yml|json found upward from the working directory)')
    .option('--no-config', 'ignore config files')
    .action(async (files: string[], opts) => {
      const { runLint } = await import('./lint.js');
      setExit(await runLint(files, opts, io));
    });

  return program;
}

export { CommanderError };
