import type { Diagnostic } from '../diagnostic.js';
import { escapeControl } from '../escape.js';
import type { FormatContext } from './context.js';

// Control characters are escaped first: ESC or BEL from a definition must not reach the log raw.
const escapeData = (s: string) => escapeControl(s, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. */
export function formatGithub(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const failures = (ctx.failures ?? []).map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, ...(f.line === undefined ? [] : [`line=${f.line}`]), ...(f.column === undefined ? [] : [`col=${f.column}`]), 'title=apigw'];
    return `::error ${props.join(',')}::${escapeData(f.message)}\n`;
  });
  return failures.join('') + diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.range.start.line}`,
        `col=${d.range.start.column}`,
        `endLine=${d.range.end.line}`,
        `endColumn=${d.range.end.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}
