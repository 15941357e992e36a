import { compareDiagnostics, type Diagnostic, type RuleDescription } from '../report/diagnostic.js';
import { FORMATTERS } from '../report/formatters/index.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/** Findings of one command in one of lint's formats (stylish, json, sarif, github, junit), sorted as lint sorts them. */
export function formatFindings(format: string, diagnostics: readonly Diagnostic[], run: { command: string; rules: readonly RuleDescription[]; files: string[] }, io: Io): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const files = [...new Set([...run.files, ...sorted.map((d) => d.file)])];
  return FORMATTERS[format]!(sorted, { cwd: io.cwd, version: VERSION, color: io.color, rules: run.rules, files, command: run.command });
}
