import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from './context.js';

/** `{diagnostics: [...], summary: {...}}` with exactly the documented fields. */
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
    summary: {
      files: ctx.files.length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      infos: diagnostics.filter((d) => d.severity === 'info').length,
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
