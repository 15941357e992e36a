import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostic.js';
import { escapeControl } from '../escape.js';
import type { FormatContext } from './context.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One finding per line, columns aligned:
 * `api.yaml:14:9  error  int/uri-missing  Integration for GET /pets has no uri  #/paths/…`
 */
export function formatStylish(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  if (diagnostics.length === 0) return '';
  const rows = diagnostics.map((d) => [
    escapeControl(`${d.file}:${d.range.start.line}:${d.range.start.column}`),
    d.severity,
    d.ruleId,
    escapeControl(d.message),
    escapeControl(`#${d.pointer}` + (d.via ? `  (via ${d.via.file}#${d.via.pointer})` : '')),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const paint = (sev: string, text: string) => (sev === 'error' ? c.red(text) : sev === 'warning' ? c.yellow(text) : c.blue(text));
  const lines = rows.map((r) =>
    [c.underline(r[0]!) + ' '.repeat(widths[0]! - r[0]!.length), paint(r[1]!, r[1]!.padEnd(widths[1]!)), c.dim(r[2]!.padEnd(widths[2]!)), r[3], c.dim(r[4]!)].join('  '),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;
  const summary = `${plural(diagnostics.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`;
  const color = errors ? c.red.bold : warnings ? c.yellow.bold : c.blue.bold;
  return lines.join('\n') + '\n\n' + color(summary) + '\n';
}
