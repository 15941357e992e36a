import { escapeControl } from '../report/escape.js';
import { Chalk } from 'chalk';
import type { CompatResult } from './index.js';

/** `{verdict, features: [{id, verdict, title, locations: [{file, line, column, pointer}], migration}]}`, exactly. */
export function formatCompatJson(result: CompatResult): string {
  const out = {
    verdict: result.verdict,
    features: result.features.map((f) => ({
      id: f.id,
      verdict: f.verdict,
      title: f.title,
      locations: f.locations.map((l) => ({ file: l.file, line: l.line, column: l.column, pointer: l.pointer })),
      migration: f.migration,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const HEADINGS = { blocking: 'Blocking', 'convertible-with-change': 'Convertible with changes', supported: 'Supported' } as const;

/** For people: grouped by verdict, worst first; colour on a TTY. */
export function formatCompatTable(result: CompatResult, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = { blocking: c.red, 'convertible-with-change': c.yellow, supported: c.green } as const;
  const lines: string[] = [];
  for (const verdict of ['blocking', 'convertible-with-change', 'supported'] as const) {
    const group = result.features.filter((f) => f.verdict === verdict);
    if (!group.length) continue;
    lines.push(paint[verdict].bold(`${HEADINGS[verdict]} (${group.length})`));
    const width = Math.max(...group.map((f) => f.id.length));
    for (const f of group) {
      lines.push(`  ${paint[verdict](f.id.padEnd(width))}  ${f.title}`);
      for (const l of f.locations) lines.push(c.dim(escapeControl(`      ${l.file}:${l.line}:${l.column}  #${l.pointer}`)));
      for (const d of f.details) lines.push(`      ${escapeControl(d)}`);
      if (verdict !== 'supported' || !/^Nothing to change/.test(f.migration)) lines.push(`      → ${f.migration}`);
    }
    lines.push('');
  }
  for (const n of result.notes) lines.push(c.cyan(`note: ${escapeControl(n)}`));
  if (result.notes.length) lines.push('');
  const counts = (['blocking', 'convertible-with-change', 'supported'] as const).map((v) => `${result.features.filter((f) => f.verdict === v).length} ${v}`).join(', ');
  lines.push(paint[result.verdict].bold(`Verdict: ${result.verdict}`) + ` (${result.features.length} features: ${counts})`);
  return lines.join('\n') + '\n';
}

const ICON = { blocking: '⛔', 'convertible-with-change': '⚠️', supported: '✅' } as const;
const md = (s: string) => escapeControl(s.replace(/\|/g, '\\|').replace(/\n/g, ' '));

/** For a pull-request comment. */
export function formatCompatMarkdown(result: CompatResult): string {
  const out: string[] = [];
  out.push(`### REST → HTTP API: ${ICON[result.verdict]} **${result.verdict}**`, '');
  if (!result.features.length) out.push('No REST API features were found.', '');
  else {
    out.push('| verdict | feature | where | migration |', '| --- | --- | --- | --- |');
    for (const f of result.features) {
      const where = f.locations.map((l) => `\`${escapeControl(l.file)}:${l.line}:${l.column}\``).join('<br>');
      const detail = f.details.length ? `<br>${f.details.map(md).join('<br>')}` : '';
      out.push(`| ${ICON[f.verdict]} ${f.verdict} | \`${f.id}\` ${md(f.title)}${detail} | ${where} | ${md(f.migration)} |`);
    }
    out.push('');
  }
  for (const n of result.notes) out.push(`> **Note:** ${md(n)}`, '');
  return out.join('\n');
}
