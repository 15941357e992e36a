import { escapeControl } from '../report/escape.js';

/** One thing the conversion did, at the place in the input it came from. */
export interface Change {
  action: 'rewritten' | 'removed' | 'added' | 'lifted' | 'lost';
  pointer: string;
  detail: string;
  /** Filled in by the caller from the input's positions. */
  file?: string;
  line?: number;
  column?: number;
}

export interface ConvertReport {
  source: string;
  /** The template's logical id of the API converted. */
  api?: string;
  verdict: string;
  /** Whether --drop-blocking was given. */
  dropBlocking: boolean;
  changes: Change[];
  /** Work left to people: DNS, handlers, IAM policies, placeholders to fill in. */
  manualSteps: string[];
  /** Behaviour that is gone: only ever filled when --drop-blocking converted a blocked API anyway. */
  lost: string[];
}

export function formatReportJson(r: ConvertReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatReportMarkdown(r: ConvertReport): string {
  const out = [`### REST → HTTP API conversion of \`${r.source}\`${r.api ? ` (${r.api})` : ''}`, '', `Compatibility verdict: **${r.verdict}**.`, ''];
  if (r.lost.length) {
    out.push(r.dropBlocking ? '#### Behaviour lost (converted with --drop-blocking)' : '#### Behaviour lost', '');
    for (const l of r.lost) out.push(`- ⛔ ${l}`);
    out.push('');
  }
  out.push('#### Changes', '', '| change | where | what |', '| --- | --- | --- |');
  for (const c of r.changes) out.push(`| ${c.action} | \`${c.file ?? r.source}:${c.line ?? 1}:${c.column ?? 1}\` | ${md(c.detail)} |`);
  out.push('');
  if (r.manualSteps.length) {
    out.push('#### Manual steps', '');
    for (const s of r.manualSteps) out.push(`- [ ] ${s}`);
    out.push('');
  }
  // Names and paths come from the definition: no terminal control characters reach the output raw.
  return escapeControl(out.join('\n'), { keepLineBreaks: true });
}
