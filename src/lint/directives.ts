import { didYouMean } from './helpers/did-you-mean.js';
import type { PositionTable } from '../document/positions.js';
import type { Source } from '../document/source.js';

/**
 * `# apigw-disable-next-line [rule-id, …] [-- reason]` and `# apigw-disable-line …` (a comment
 * at the end of the line it speaks for) suppress findings that start on that line: of the rules
 * named, or of every rule when none is named. Only YAML has comments; text that looks like a
 * directive inside a scalar (a mapping template's `## comment`, a quoted string) is not one.
 */
export interface DirectiveRule {
  id: string;
  /** Offsets of the id in the file. */
  start: number;
  end: number;
  /** Whether any rule has this id. */
  known: boolean;
  /** For an unknown id, the closest rule id. */
  guess?: string;
  /** Whether it suppressed a finding. */
  used: boolean;
}

export interface DisableDirective {
  source: Source;
  kind: 'next-line' | 'line';
  /** Offsets of the comment, from `#` to the end of the line. */
  start: number;
  end: number;
  /** 1-based line whose findings it suppresses. */
  line: number;
  /** The rules named; empty means every rule. */
  rules: DirectiveRule[];
  /** For a directive naming no rule: whether it suppressed a finding. */
  usedAll: boolean;
  /** The text after `--`, when given. */
  reason?: string;
}

const PATTERN = /#[ \t]*apigw-disable-(next-line|line)(?![\w-])([^\r\n]*)/g;

/** Every directive in a YAML source; `known` tells which rule ids exist. */
export function findDirectives(source: Source, known: ReadonlySet<string>): DisableDirective[] {
  const text = source.text;
  if (source.format !== 'yaml' || !text.includes('apigw-disable-')) return [];
  const out: DisableDirective[] = [];
  let scalars: Int32Array | undefined;
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const before = start > 0 ? text.charCodeAt(start - 1) : 10;
    // A YAML comment starts a line or follows white space.
    if (before !== 10 && before !== 13 && before !== 32 && before !== 9) continue;
    scalars ??= scalarSpans(source.positions);
    if (insideSpan(scalars, start)) continue;
    const kind = m[1] as 'next-line' | 'line';
    const line = source.positionAt(start).line + (kind === 'next-line' ? 1 : 0);
    const argsStart = start + m[0].length - m[2]!.length;
    const reason = m[2]!.indexOf('--');
    const args = reason >= 0 ? m[2]!.slice(0, reason) : m[2]!;
    const rules: DirectiveRule[] = [];
    for (const id of args.matchAll(/[^\s,]+/g)) {
      const isKnown = known.has(id[0]);
      rules.push({
        id: id[0], start: argsStart + id.index, end: argsStart + id.index + id[0].length, known: isKnown, used: false,
        guess: isKnown ? undefined : didYouMean(id[0], known),
      });
    }
    const why = reason >= 0 ? m[2]!.slice(reason + 2).trim() : '';
    out.push({ source, kind, start, end: start + m[0].trimEnd().length, line, rules, usedAll: false, reason: why || undefined });
  }
  return out;
}

/** Suppresses the findings of one file; marks the directives that did. */
export class Suppressions {
  private readonly byLine = new Map<number, DisableDirective[]>();

  constructor(readonly directives: DisableDirective[]) {
    for (const d of directives) {
      const list = this.byLine.get(d.line);
      if (list) list.push(d);
      else this.byLine.set(d.line, [d]);
    }
  }

  /** The directive that covers a finding of `ruleId` starting on `line` (every one that does is marked used). */
  suppressedBy(ruleId: string, line: number): DisableDirective | undefined {
    const list = this.byLine.get(line);
    if (!list) return undefined;
    let hit: DisableDirective | undefined;
    for (const d of list) {
      if (d.rules.length === 0) {
        d.usedAll = true;
        hit ??= d;
        continue;
      }
      for (const r of d.rules) {
        if (r.id === ruleId) {
          r.used = true;
          hit ??= d;
        }
      }
    }
    return hit;
  }
}

/** Value spans of every scalar entry, as sorted [start, end] pairs. */
function scalarSpans(table: PositionTable): Int32Array {
  const spans: number[] = [];
  const visit = (rec: number) => {
    for (let i = 0; i < table.count(rec); i++) {
      const child = table.child(rec, i);
      if (child >= 0) visit(child);
      else {
        const [, , start, end] = table.entry(rec, i);
        if (end > start) spans.push(start, end);
      }
    }
  };
  if (table.root >= 0) visit(table.root);
  else if (table.rootEnd > table.rootStart) spans.push(table.rootStart, table.rootEnd);
  return Int32Array.from(spans);
}

function insideSpan(spans: Int32Array, offset: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (offset >= spans[i]! && offset < spans[i + 1]!) return true;
  return false;
}
