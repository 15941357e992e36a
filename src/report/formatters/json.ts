import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';

/** `{diagnostics: [...], fileErrors: [...], summary: {...}}` with exactly the documented fields. */
export function formatJson(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const out = {
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      pointer: d.pointer,
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
    })),
    // Files that could not be linted; line and column are null when the failure has no place.
    fileErrors: (ctx.failures ?? []).map((f) => ({ file: f.file, line: f.line ?? null, column: f.column ?? null, message: f.message })),
    summary: {
      files: ctx.files.length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      infos: diagnostics.filter((d) => d.severity === 'info').length,
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
