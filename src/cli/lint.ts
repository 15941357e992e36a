import { compareDiagnostics, type Diagnostic, type SuppressedDiagnostic, severityRank } from '../report/diagnostic.js';
import { lintLoaded, NotAnApiDefinitionError, summarize } from '../lint/index.js';
import type { FileFailure } from '../report/formatters/context.js';
import { rules } from '../lint/rules/index.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { UserError } from '../errors.js';
import { loadSource } from '../document/load.js';
import { expandInputs } from './inputs.js';
import { type Io, printError } from './io.js';
import { lintSettings } from './lint-settings.js';
import { VERSION } from './version.js';

export interface LintCommandOptions {
  format: string;
  apiType: 'rest' | 'http' | 'auto';
  failOn: 'error' | 'warning' | 'info' | 'never';
  maxWarnings?: number;
  quiet?: boolean;
  rule: string[];
  config?: string | false;
  ignore?: string[];
  refRoot: string[];
}

export async function runLint(inputs: string[], opts: LintCommandOptions, io: Io): Promise<number> {
  const formatter = FORMATTERS[opts.format]!;
  const { config, rules: cliRules } = lintSettings(opts, io.cwd);
  const files = await expandInputs(inputs, io.cwd, opts.ignore ?? []);
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const displayed: string[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    try {
      const source = loadSource(file.path, file.display);
      const result = lintLoaded(source, { apiType: opts.apiType, config, rules: cliRules, cwd: io.cwd, refRoots: opts.refRoot });
      displayed.push(file.display);
      diagnostics.push(...result.diagnostics);
      suppressed.push(...result.suppressed);
      for (const note of result.notes) io.stderr(`apigw: note: ${note}\n`);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      // Found in a directory or by a glob, YAML and JSON files that are not API definitions (package.json, configs) are not ours to lint.
      if (file.found && err instanceof NotAnApiDefinitionError) {
        io.stderr(`apigw: note: ${err.message}; skipped\n`);
        continue;
      }
      printError(io, err);
      failures.push({ file: err.file ?? file.display, line: err.line, column: err.column, message: err.reason });
    }
  }
  // Linting nothing is not a pass: a directory of configs alone is a mistaken path.
  if (displayed.length === 0 && failures.length === 0) throw new UserError(`no API definitions among the ${files.length} file${files.length === 1 ? '' : 's'} found`);
  // One order for the whole run, whatever order the files were named in.
  diagnostics.sort(compareDiagnostics);
  suppressed.sort(compareDiagnostics);
  const shown = opts.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const shownSuppressed = opts.quiet ? suppressed.filter((d) => d.severity === 'error') : suppressed;
  io.stdout(formatter(shown, {
    cwd: io.cwd, version: VERSION, color: io.color, rules: rules.map((r) => ({ id: r.id, ...r.meta })), files: displayed, suppressed: shownSuppressed, failures,
  }));
  if (failures.length) return 2;
  const summary = summarize(diagnostics, displayed.length);
  if (opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings) {
    io.stderr(`apigw: ${summary.warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  if (opts.failOn === 'never') return 0;
  const threshold = severityRank[opts.failOn];
  return diagnostics.some((d) => severityRank[d.severity] >= threshold) ? 1 : 0;
}
