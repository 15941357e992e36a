import { escapeControl } from '../report/escape.js';
import { Chalk } from 'chalk';
import type { CompatResult } from './index.js';

/** A use: where, its own verdict, and the method it belongs to, when it belongs to one. */
const jsonLocation = (l: CompatResult['features'][number]['locations'][number]) => ({ file: l.file, line: l.line, column: l.column, pointer: l.pointer, verdict: l.verdict, ...(l.route ? { route: l.route } : {}) });

/** `{verdict, features: [{id, verdict, title, locations: [{file, line, column, pointer, verdict, route?}], migration}], apis?}`, exactly. */
export function formatCompatJson(result: CompatResult): string {
  const features = (list: CompatResult['features']) => list.map((f) => ({
    id: f.id,
    verdict: f.verdict,
    title: f.title,
    locations: f.locations.map(jsonLocation),
    migration: f.migration,
  }));
  const out: Record<string, unknown> = {
    verdict: result.verdict,
    features: result.features.map((f) => ({
      id: f.id,
      verdict: f.verdict,
      title: f.title,
      locations: f.locations.map(jsonLocation),
      migration: f.migration,
    })),
  };
  // A template with several REST APIs: each one on its own as well.
  if (result.apis.length) out.apis = result.apis.map((a) => ({ name: a.name, verdict: a.verdict, features: features(a.features) }));
  return JSON.stringify(out, null, 2) + '\n';
}

const HEADINGS = { blocking: 'Blocking', 'convertible-with-change': 'Convertible with changes', supported: 'Supported' } as const;

/** For people: grouped by verdict, worst first; colour on a TTY. */
export function formatCompatTable(result: CompatResult, color: boolean): string {
  if (result.apis.length) {
    const c = new Chalk({ level: color ? 1 : 0 });
    const parts = result.apis.map((a) => c.bold(`API ${a.name}`) + '\n' + formatCompatTable({ ...result, verdict: a.verdict, features: a.features, apis: [], notes: [] }, color));
    const notes = result.notes.map((n) => c.cyan(`note: ${n}`) + '\n').join('');
    return parts.join('\n') + (notes ? '\n' + notes : '');
  }
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
