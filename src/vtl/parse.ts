import { type Grammar, loadGrammar } from './grammar.js';

/**
 * Velocity templates are parsed with velocityjs's grammar. Its public `parse` nests blocks
 * without reporting an unclosed `#if` or a stray `#end`, so the raw token list is read here and
 * nested by `template.ts` with those checks.
 */
export interface VelocityPos {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}

export interface VelocityNode {
  type: string;
  pos?: VelocityPos;
  [key: string]: unknown;
}

export type VelocityToken = string | VelocityNode;

export interface TemplateError {
  message: string;
  /** 0-based offset in the template text. */
  offset: number;
  line: number;
  column: number;
}

let rawParser: Grammar | undefined;

function raw(): Grammar {
  return (rawParser ??= loadGrammar());
}

/** 0-based offset of a 1-based line and 0-based column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column);
}

/** The grammar's flat token list, or the first syntax error with its 1-based line and column. */
export function rawTokens(text: string): { tokens: VelocityToken[] } | { error: TemplateError } {
  try {
    return { tokens: raw().parse_1(text) };
  } catch (err) {
    const hash = (err as { hash?: { loc?: VelocityPos; token?: string; expected?: string[]; line?: number } }).hash;
    const loc = hash?.loc;
    const got = hash?.token === 'EOF' ? 'end of template' : hash?.token ? `'${hash.token}'` : undefined;
    const expected = hash?.expected?.slice(0, 4).map((e) => e.replace(/'/g, '')).join(', ');
    const message = got ? `unexpected ${got}${expected ? ` (expected ${expected})` : ''}` : `cannot parse the template here: ${(err as Error).message.split('\n')[0]!.replace(/^Lexical error on line \d+\. /, '')}`;
    const line = loc?.first_line ?? (hash?.line !== undefined ? hash.line + 1 : 1);
    const column = loc?.first_column ?? 0;
    return { error: { message, offset: offsetOf(text, line, column), line, column: column + 1 } };
  }
}
