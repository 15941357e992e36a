import type { JValue } from './java.js';
import { integral, JDouble } from './java.js';

/**
 * A parser for the Velocity 1.7 template language (Apache Velocity's Parser.jj), written for
 * API Gateway mapping templates: it reads what Velocity 1.7 reads — formal directives
 * `#{else}`, block macro calls `#@m()…#end`, `#evaluate`, doubled quotes in string literals,
 * exponent and negative literals, map literals with any keys, literal `#foreach` sources —
 * in one linear pass with no recursion deeper than the template's nesting, which is bounded.
 * Errors speak the template's words: "unclosed map literal `{` at 3:14".
 */

export interface TemplateError {
  message: string;
  /** 0-based offset in the template text. */
  offset: number;
  line: number;
  column: number;
}

export type Expr =
  | { k: 'lit'; v: JValue }
  | { k: 'ref'; ref: Ref }
  | { k: 'interp'; nodes: Node[] }
  | { k: 'list'; items: Expr[] }
  | { k: 'range'; from: Expr; to: Expr }
  | { k: 'map'; entries: Array<[Expr, Expr]> }
  | { k: 'bin'; op: string; l: Expr; r: Expr }
  | { k: 'not'; e: Expr };

export type Step = { k: 'prop'; name: string } | { k: 'call'; name: string; args: Expr[] } | { k: 'index'; arg: Expr };

export interface Ref {
  name: string;
  steps: Step[];
  silent: boolean;
  /** The reference as written, printed when Velocity renders it literally. */
  text: string;
}

export type Node =
  | { k: 'text'; text: string }
  | { k: 'ref'; ref: Ref }
  | { k: 'set'; target: Ref; value: Expr }
  | { k: 'if'; branches: Array<{ cond?: Expr; body: Node[] }> }
  | { k: 'foreach'; name: string; source: Expr; body: Node[] }
  | { k: 'define'; name: string; body: Node[] }
  | { k: 'call'; name: string; args: Expr[]; body?: Node[]; text: string; eaten: string }
  | { k: 'evaluate'; arg: Expr; offset: number }
  | { k: 'resource'; directive: string; arg: Expr }
  | { k: 'break' }
  | { k: 'stop' };

export interface Macro {
  name: string;
  params: string[];
  body: Node[];
}

export interface ParsedTemplate {
  nodes: Node[];
  macros: Map<string, Macro>;
}

export interface ParseOptions {
  /** Deepest nesting of blocks, parentheses, literals and interpolated strings. */
  maxNesting?: number;
  /** `Date.now()` after which parsing stops with a limit error. */
  deadline?: number;
  /** Called with a message when a limit is hit; must throw. */
  onLimit?: (message: string) => never;
}

export class VtlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_NESTING = 256;

/** 1-based line and column of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Names as V8 internalizes property keys: the same object as the literals in the renderer, so
 * variable and method lookups compare pointers instead of characters.
 */
function intern(name: string): string {
  const holder: Record<string, true> = {};
  holder[name] = true;
  return Object.keys(holder)[0] ?? name;
}

const isIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isIdChar = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

const BLOCKS = new Set(['if', 'foreach', 'macro', 'define']);
const WITH_ARGS = new Set(['if', 'elseif', 'set', 'foreach', 'macro', 'define', 'evaluate', 'parse', 'include']);
const WORD_OPS: Record<string, string> = { and: '&&', or: '||', eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=' };

/** Parse a template; `base` is where `text` sits in the outer template (for interpolated strings). */
export function parseTemplate(text: string, options: ParseOptions = {}): ParsedTemplate {
  const p = new Parser(text, options, new Map());
  const nodes = p.template();
  return { nodes, macros: p.macros };
}

class Parser {
  private pos = 0;
  private nesting = 0;
  private ticks = 0;
  private readonly maxNesting: number;

  constructor(
    private readonly src: string,
    private readonly options: ParseOptions,
    readonly macros: Map<string, Macro>,
    private readonly base = 0,
    private readonly outer?: Parser,
  ) {
    this.maxNesting = options.maxNesting ?? DEFAULT_MAX_NESTING;
    if (outer) this.nesting = outer.nesting;
  }

  private fail(message: string, at = this.pos): never {
    throw new VtlSyntaxError(message, this.base + at);
  }

  private where(at: number): string {
    const root = this.rootText();
    const { line, column } = lineColumn(root, this.base + at);
    return `${line}:${column}`;
  }

  private rootText(): string {
    let p: Parser = this;
    while (p.outer) p = p.outer;
    return p.src;
  }

  private enter(what: string, at: number): void {
    if (++this.nesting > this.maxNesting) {
      this.fail(`${what} at ${this.where(at)} nests deeper than ${this.maxNesting} levels`, at);
    }
  }

  private leave(): void {
    this.nesting--;
  }

  private tick(): void {
    if ((++this.ticks & 1023) === 0 && this.options.deadline !== undefined && Date.now() > this.options.deadline) {
      this.options.onLimit?.('time');
    }
  }

  template(): Node[] {
    const { nodes, closer } = this.block();
    if (closer) this.fail(`#${closer.name} at ${this.where(closer.at)} has no opening #if${closer.name === 'end' ? ', #foreach, #macro or #define' : ''}`, closer.at);
    return nodes;
  }

  /** Nodes up to a closing #else/#elseif/#end (returned) or the end of the text. */
  private block(): { nodes: Node[]; closer?: { name: string; at: number; cond?: Expr } } {
    const nodes: Node[] = [];
    const src = this.src;
    let text = '';
    let lastIsDirective = false;
    let lastIsRef = false;
    const flush = () => {
      if (text) {
        nodes.push({ k: 'text', text });
        text = '';
        lastIsDirective = false;
      }
    };
    const push = (n: Node) => {
      flush();
      nodes.push(n);
      lastIsDirective = true;
      lastIsRef = n.k === 'ref';
    };
    while (this.pos < src.length) {
      this.tick();
      const c = src.charCodeAt(this.pos);
      if (c === 36 /* $ */) {
        const ref = this.tryReference();
        if (ref) push({ k: 'ref', ref });
        else if (this.pos + 1 >= src.length && !this.outer) this.fail('a "$" at the very end of the template does not parse in Velocity 1.7 (it expects a reference name after it)');
        else if (/^\$[ \t]*#(?:set|\{set\})[ \t]*\(/.test(src.slice(this.pos, this.pos + 16))) {
          // A "$" that starts no reference vanishes before #set, with the blanks between (Velocity 1.7's lexer).
          this.pos++;
          while (src.charCodeAt(this.pos) === 32 || src.charCodeAt(this.pos) === 9) this.pos++;
          flush();
          lastIsDirective = true;
          lastIsRef = true;
        } else if (src.charCodeAt(this.pos + 1) === 33 && src.charCodeAt(this.pos + 2) !== 123) {
          // `$!` that starts no reference prints as "$" (Velocity 1.7 drops the "!").
          text += '$';
          this.pos += 2;
        } else text += src[this.pos++];
        continue;
      }
      if (c === 92 /* \ */) {
        let n = 0;
        while (src.charCodeAt(this.pos + n) === 92) n++;
        const after = this.pos + n;
        const next = src.charCodeAt(after);
        if (next === 36 || next === 35) {
          const save = this.pos;
          this.pos = after;
          if (next === 36) {
            const ref = this.tryReference();
            if (ref) {
              text += '\\'.repeat(n >> 1);
              if (n & 1) {
                text += ref.text;
                flush();
                lastIsDirective = true;
              } else push({ k: 'ref', ref });
              continue;
            }
          } else if (this.isDirectiveAhead()) {
            text += '\\'.repeat(n >> 1);
            if (n & 1) {
              const word = /^#(?:\{[a-zA-Z@_][\w]*\}|@?[a-zA-Z_]\w*)/.exec(src.slice(this.pos, this.pos + 200))!;
              text += word[0];
              this.pos += word[0].length;
            }
            continue;
          }
          this.pos = save;
        }
        text += src.slice(this.pos, after);
        this.pos = after;
        continue;
      }
      if (c !== 35 /* # */) {
        const stop = this.nextSpecial(this.pos + 1);
        text += src.slice(this.pos, stop);
        this.pos = stop;
        continue;
      }
      const at = this.pos;
      const c1 = src.charCodeAt(at + 1);
      if (c1 === 35 /* ## */) {
        const nl = src.indexOf('\n', at);
        this.pos = nl < 0 ? src.length : nl + 1;
        flush();
        lastIsDirective = true;
        continue;
      }
      if (c1 === 42 /* #* */) {
        const end = src.indexOf('*#', at + 2);
        if (end < 0) this.fail(`comment #* at ${this.where(at)} is never closed with *#`, at);
        this.pos = end + 2;
        flush();
        lastIsDirective = true;
        continue;
      }
      if (c1 === 91 && src.charCodeAt(at + 2) === 91 /* #[[ */) {
        const end = src.indexOf(']]#', at + 3);
        if (end < 0) this.fail(`unparsed block #[[ at ${this.where(at)} is never closed with ]]#`, at);
        text += src.slice(at + 3, end);
        this.pos = end + 3;
        continue;
      }
      const d = this.directiveName();
      if (!d) {
        text += '#';
        this.pos++;
        continue;
      }
      const { name, end: nameEnd } = d;
      if (name === 'else' || name === 'end' || name === 'elseif') {
        this.pos = nameEnd;
        let cond: Expr | undefined;
        if (name === 'elseif') cond = this.directiveArgs('elseif', at, () => this.expression());
        else this.gobbleNewline();
        flush();
        return { nodes, closer: { name, at, cond } };
      }
      if (name === 'set') {
        // Blanks between a reference or directive and #set belong to the #set (Velocity's SET_DIRECTIVE token).
        if (lastIsDirective && /^[ \t]+$/.test(text)) text = '';
        const afterRef = lastIsRef && text === '';
        this.pos = nameEnd;
        const [target, value] = this.directiveArgs('set', at, () => {
          const target = this.referenceArg('#set');
          this.skipBlanks();
          if (src[this.pos] !== '=') this.fail(`#set at ${this.where(at)} needs "=" after ${target.text}${this.found()}`);
          this.pos++;
          return [target, this.expression()] as const;
        });
        push({ k: 'set', target, value });
        // Velocity 1.7 reads a "[" right after #set(...) as an index of nothing and fails.
        if (afterRef && src.charCodeAt(this.pos) === 91) this.fail(`"[" right after #set(...) at ${this.where(at)}, which follows a reference, does not parse in Velocity 1.7; put a space or a line break before it`);
        this.gobbleNewline();
        continue;
      }
      if (name === 'break' || name === 'stop') {
        this.pos = nameEnd;
        push(name === 'break' ? { k: 'break' } : { k: 'stop' });
        this.gobbleNewline();
        continue;
      }
      if (WITH_ARGS.has(name) || name.startsWith('@') || BLOCKS.has(name)) {
        this.pos = nameEnd;
        push(this.directive(name, at));
        continue;
      }
      // A macro call: `#name(...)`; anything else is text.
      const open = this.skipBlanksFrom(nameEnd);
      if (src.charCodeAt(open) !== 40) {
        text += src.slice(at, nameEnd);
        this.pos = nameEnd;
        continue;
      }
      this.pos = open;
      const args = this.macroArgs(name, at);
      const textOfCall = src.slice(at, this.pos);
      const before = this.pos;
      this.gobbleNewline();
      push({ k: 'call', name, args, text: textOfCall, eaten: src.slice(before, this.pos) });
    }
    flush();
    return { nodes };
  }

  private nextSpecial(from: number): number {
    const src = this.src;
    for (let i = from; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 36 || c === 35 || c === 92) return i;
    }
    return src.length;
  }

  private found(at = this.pos): string {
    if (at >= this.src.length) return ', found the end of the template';
    const m = /^(?:[a-zA-Z_]\w*|\S)/.exec(this.src.slice(at, at + 40));
    return `, found "${m ? m[0] : this.src[at]}"`;
  }

  private isDirectiveAhead(): boolean {
    const d = this.directiveName();
    if (!d) return false;
    if (['if', 'elseif', 'else', 'end', 'set', 'foreach', 'macro', 'define', 'evaluate', 'parse', 'include', 'break', 'stop'].includes(d.name) || d.name.startsWith('@')) return true;
    return this.macros.has(d.name) || this.src.charCodeAt(this.skipBlanksFrom(d.end)) === 40;
  }

  /** `#name` or `#{name}` at pos (which holds `#`). */
  private directiveName(): { name: string; end: number } | undefined {
    const src = this.src;
    let i = this.pos + 1;
    const formal = src.charCodeAt(i) === 123;
    if (formal) i++;
    const start = i;
    if (src.charCodeAt(i) === 64) i++;
    if (!isIdStart(src.charCodeAt(i))) return undefined;
    while (i < src.length && isWordChar(src.charCodeAt(i))) i++;
    const name = src.slice(start, i);
    if (formal) {
      if (src.charCodeAt(i) !== 125) return undefined;
      i++;
    } else if (name === 'elseif' || name === 'else') {
      // `#elseif` and `#else` are read before any longer word (Velocity's token order).
    }
    return { name, end: i };
  }

  /** Velocity 1.7 eats the rest of a line after a directive when only blanks follow it. */
  private gobbleNewline(): void {
    const src = this.src;
    let i = this.pos;
    while (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9) i++;
    const c = src.charCodeAt(i);
    if (c === 10) this.pos = i + 1;
    else if (c === 13) this.pos = src.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }

  private skipBlanksFrom(i: number): number {
    while (i < this.src.length && isBlank(this.src.charCodeAt(i))) i++;
    return i;
  }

  private skipBlanks(): void {
    this.pos = this.skipBlanksFrom(this.pos);
  }

  /** `( … )` of a directive, with `inside` reading what is between. */
  private directiveArgs<T>(name: string, at: number, inside: () => T): T {
    this.skipBlanks();
    if (this.src.charCodeAt(this.pos) !== 40) this.fail(`#${name} at ${this.where(at)} must be followed by "("${this.found()}`);
    this.pos++;
    this.enter(`#${name}`, at);
    this.skipBlanks();
    const value = inside();
    this.skipBlanks();
    if (this.src.charCodeAt(this.pos) !== 41) {
      if (this.pos >= this.src.length) this.fail(`#${name}( at ${this.where(at)} is never closed with ")"`, at);
      this.fail(`expected ")" to close #${name}( at ${this.where(at)}${this.found()}`);
    }
    this.pos++;
    this.leave();
    return value;
  }

  private directive(name: string, at: number): Node {
    const src = this.src;
    switch (name) {
      case 'if': {
        const cond = this.directiveArgs('if', at, () => this.expression());
        this.gobbleNewline();
        const branches: Array<{ cond?: Expr; body: Node[] }> = [];
        let current: Expr | undefined = cond;
        let hasCond = true;
        this.enter('#if', at);
        for (;;) {
          const inner = this.block();
          branches.push(hasCond ? { cond: current, body: inner.nodes } : { body: inner.nodes });
          if (!inner.closer) this.fail(`#if at ${this.where(at)} is never closed with #end`, at);
          if (inner.closer.name === 'end') break;
          if (!hasCond) this.fail(`#${inner.closer.name} at ${this.where(inner.closer.at)} comes after #else`, inner.closer.at);
          hasCond = inner.closer.name === 'elseif';
          current = inner.closer.cond;
          if (hasCond) this.gobbleNewline();
        }
        this.leave();
        return { k: 'if', branches };
      }
      case 'foreach': {
        const [var_, source] = this.directiveArgs('foreach', at, () => {
          const v = this.referenceArg('#foreach');
          if (v.steps.length) this.fail(`#foreach at ${this.where(at)} needs a plain variable such as $item before "in"`);
          this.skipBlanks();
          if (!/^in(?![\w])/.test(src.slice(this.pos, this.pos + 3))) {
            // Velocity 1.7 parses `#foreach($i [1])` (no "in") and loops zero times.
            this.param('#foreach');
            return [v.name, { k: 'lit', v: null } as Expr] as const;
          }
          this.pos += 2;
          this.skipBlanks();
          return [v.name, this.param('#foreach')] as const;
        });
        this.gobbleNewline();
        const body = this.blockUntilEnd('#foreach', at);
        return { k: 'foreach', name: var_, source, body };
      }
      case 'define': {
        const target = this.directiveArgs('define', at, () => this.referenceArg('#define'));
        this.gobbleNewline();
        const body = this.blockUntilEnd('#define', at);
        return { k: 'define', name: target.name, body };
      }
      case 'macro': {
        const [mname, params] = this.directiveArgs('macro', at, () => {
          const m = /^[a-zA-Z_][\w-]*/.exec(src.slice(this.pos, this.pos + 200));
          if (!m) this.fail(`#macro at ${this.where(at)} needs a name${this.found()}`);
          this.pos += m[0].length;
          const params: string[] = [];
          for (;;) {
            this.skipBlanks();
            if (src.charCodeAt(this.pos) === 44) {
              this.pos++;
              continue;
            }
            if (src.charCodeAt(this.pos) !== 36) break;
            const r = this.referenceArg('#macro');
            params.push(r.name);
          }
          return [m[0], params] as const;
        });
        this.gobbleNewline();
        const body = this.blockUntilEnd('#macro', at);
        // The first definition of a name wins (velocimacro.permissions.allow.inline.to.replace.global is false).
        if (!this.macros.has(mname)) this.macros.set(mname, { name: mname, params, body });
        return { k: 'text', text: '' };
      }
      case 'evaluate': {
        const arg = this.directiveArgs('evaluate', at, () => this.param('#evaluate'));
        this.gobbleNewline();
        return { k: 'evaluate', arg, offset: this.base + at };
      }
      case 'parse':
      case 'include': {
        const arg = this.directiveArgs(name, at, () => this.param(`#${name}`));
        this.gobbleNewline();
        return { k: 'resource', directive: name, arg };
      }
      default: {
        // `#@name(args) … #end`: a block macro call; the body is `$bodyContent` inside the macro.
        const mname = name.slice(1);
        this.skipBlanks();
        if (src.charCodeAt(this.pos) !== 40) this.fail(`#${name} at ${this.where(at)} must be followed by "("${this.found()}`);
        const args = this.macroArgs(name, at);
        const textOfCall = src.slice(at, this.pos);
        this.gobbleNewline();
        const body = this.blockUntilEnd(`#${name}`, at);
        return { k: 'call', name: mname, args, body, text: textOfCall, eaten: '' };
      }
    }
  }

  private blockUntilEnd(what: string, at: number): Node[] {
    this.enter(what, at);
    const inner = this.block();
    if (!inner.closer) this.fail(`${what} at ${this.where(at)} is never closed with #end`, at);
    if (inner.closer.name !== 'end') this.fail(`#${inner.closer.name} at ${this.where(inner.closer.at)} inside ${what} has no opening #if`, inner.closer.at);
    this.leave();
    return inner.nodes;
  }

  private macroArgs(name: string, at: number): Expr[] {
    const src = this.src;
    this.pos++; // (
    this.enter(`#${name}`, at);
    const args: Expr[] = [];
    for (;;) {
      this.skipBlanks();
      const c = src.charCodeAt(this.pos);
      if (c === 41) break;
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (this.pos >= src.length) this.fail(`#${name}( at ${this.where(at)} is never closed with ")"`, at);
      args.push(this.param(`#${name}`));
    }
    this.pos++;
    this.leave();
    return args;
  }

  /** `$name` as the target of #set, #foreach or #define. */
  private referenceArg(what: string): Ref {
    if (this.src.charCodeAt(this.pos) !== 36) this.fail(`${what} needs a reference such as $name here${this.found()}`);
    const r = this.tryReference();
    if (!r) this.fail(`${what} needs a reference such as $name here${this.found()}`);
    return r;
  }

  /**
   * A reference at pos (which holds `$`): `$name`, `$!name`, `${name}`, with `.prop`, `.method(args)`
   * and `[index]` steps. Undefined when the `$` starts no reference (it is then text).
   */
  private tryReference(): Ref | undefined {
    const src = this.src;
    const start = this.pos;
    let i = start + 1;
    let silent = false;
    if (src.charCodeAt(i) === 33) {
      silent = true;
      i++;
    }
    const formal = src.charCodeAt(i) === 123;
    if (formal) i++;
    if (!isIdStart(src.charCodeAt(i))) return undefined;
    const nameStart = i;
    while (i < src.length && isIdChar(src.charCodeAt(i))) i++;
    const name = intern(src.slice(nameStart, i));
    this.pos = i;
    const steps: Step[] = [];
    for (;;) {
      this.tick();
      const c = src.charCodeAt(this.pos);
      if (c === 46 /* . */ && isIdStart(src.charCodeAt(this.pos + 1))) {
        let j = this.pos + 1;
        while (j < src.length && isIdChar(src.charCodeAt(j))) j++;
        const id = intern(src.slice(this.pos + 1, j));
        this.pos = j;
        if (src.charCodeAt(j) === 40) {
          this.pos++;
          this.enter('method call', j);
          const args: Expr[] = [];
          this.skipBlanks();
          if (src.charCodeAt(this.pos) !== 41) {
            for (;;) {
              args.push(this.param(`$${name}.${id}(`));
              this.skipBlanks();
              const d = src.charCodeAt(this.pos);
              if (d === 44) {
                this.pos++;
                this.skipBlanks();
                continue;
              }
              if (d === 41) break;
              if (this.pos >= src.length) this.fail(`method call ${id}( at ${this.where(j)} is never closed with ")"`, j);
              this.fail(`expected "," or ")" in the arguments of ${id}( at ${this.where(j)}${this.found()}`);
            }
          }
          this.pos++;
          this.leave();
          steps.push({ k: 'call', name: id, args });
        } else steps.push({ k: 'prop', name: id });
        continue;
      }
      if (c === 91 /* [ */) {
        const open = this.pos;
        this.pos++;
        this.enter('index', open);
        this.skipBlanks();
        if (this.pos >= src.length || src.charCodeAt(this.pos) === 93) this.fail(`"[" at ${this.where(open)} after $${name} must start an index such as [0] or ['key']`, open);
        const arg = this.param('index');
        this.skipBlanks();
        if (src.charCodeAt(this.pos) !== 93) this.fail(`index [ at ${this.where(open)} is never closed with "]"${this.found()}`);
        this.pos++;
        this.leave();
        steps.push({ k: 'index', arg });
        continue;
      }
      break;
    }
    if (formal) {
      if (src.charCodeAt(this.pos) !== 125) this.fail(`\${ at ${this.where(start)} is never closed with "}"${this.found()}`);
      this.pos++;
    }
    return { name, steps, silent, text: src.slice(start, this.pos) };
  }

  /** A Velocity 1.7 argument: reference, string, number, boolean, list, range or map (no operators). */
  private param(what: string): Expr {
    this.skipBlanks();
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 36) {
      const r = this.tryReference();
      if (!r) this.fail(`${what} has "$" that starts no reference`);
      return { k: 'ref', ref: r };
    }
    if (c === 34 || c === 39) return this.stringLiteral();
    if (c === 91) return this.listLiteral();
    if (c === 123) return this.mapLiteral();
    if (isDigit(c) || c === 45 || c === 46) {
      const n = this.number();
      if (n) return n;
    }
    const w = /^(true|false)(?![\w])/.exec(src.slice(this.pos, this.pos + 6));
    if (w) {
      this.pos += w[1]!.length;
      return { k: 'lit', v: w[1] === 'true' };
    }
    if (this.pos >= src.length) this.fail(`${what} is cut off by the end of the template`);
    this.fail(`unexpected ${this.found().slice(8)} in ${what}; expected a reference, a string, a number, true, false, a list or a map`);
  }

  private number(): Expr | undefined {
    const m = /^-?(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.src.slice(this.pos, this.pos + 400));
    if (!m) return undefined;
    const t = m[0];
    this.pos += t.length;
    if (/[.eE]/.test(t)) return { k: 'lit', v: new JDouble(Number(t)) };
    return { k: 'lit', v: integral(BigInt(t)) };
  }

  private stringLiteral(): Expr {
    const src = this.src;
    const start = this.pos;
    const q = src[start]!;
    let i = start + 1;
    let value = '';
    for (;;) {
      const end = src.indexOf(q, i);
      if (end < 0) this.fail(`unclosed string literal ${q} at ${this.where(start)}`, start);
      value += src.slice(i, end);
      if (src[end + 1] === q) {
        value += q;
        i = end + 2;
        continue;
      }
      i = end + 1;
      break;
    }
    this.pos = i;
    if (q === "'") return { k: 'lit', v: value };
    value = value.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (!value.includes('$') && !value.includes('#')) return { k: 'lit', v: value };
    this.enter('string literal', start);
    // The content is a template of its own; positions inside point at the literal.
    const inner = new Parser(value, this.options, this.macros, this.base + start + 1, this);
    const nodes = inner.template();
    this.leave();
    return { k: 'interp', nodes };
  }

  private listLiteral(): Expr {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    this.enter('list literal', start);
    this.skipBlanks();
    const items: Expr[] = [];
    if (src.charCodeAt(this.pos) === 93) {
      // `[]` is an empty list, but Velocity 1.7 does not parse `[ ]`.
      if (this.pos > start + 1) this.fail(`the empty list literal [ at ${this.where(start)} must be written [] (no blanks inside) in Velocity 1.7`);
      this.pos++;
      this.leave();
      return { k: 'list', items };
    }
    const first = this.param('list literal');
    this.skipBlanks();
    if (src.startsWith('..', this.pos)) {
      this.pos += 2;
      const to = this.param('range');
      this.skipBlanks();
      if (src.charCodeAt(this.pos) !== 93) this.fail(`unclosed range [ at ${this.where(start)}${this.found()}`);
      this.pos++;
      this.leave();
      return { k: 'range', from: first, to };
    }
    items.push(first);
    for (;;) {
      this.skipBlanks();
      const c = src.charCodeAt(this.pos);
      if (c === 93) break;
      if (c !== 44) {
        if (this.pos >= src.length) this.fail(`unclosed list literal [ at ${this.where(start)}`, start);
        this.fail(`expected "," or "]" in the list literal [ at ${this.where(start)}${this.found()}`);
      }
      this.pos++;
      items.push(this.param('list literal'));
    }
    this.pos++;
    this.leave();
    return { k: 'list', items };
  }

  private mapLiteral(): Expr {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    this.enter('map literal', start);
    const entries: Array<[Expr, Expr]> = [];
    for (;;) {
      this.skipBlanks();
      const c = src.charCodeAt(this.pos);
      if (c === 125) break;
      if (this.pos >= src.length) this.fail(`unclosed map literal { at ${this.where(start)}`, start);
      if (entries.length) {
        if (c !== 44) this.fail(`expected "," or "}" in the map literal { at ${this.where(start)}${this.found()}`);
        this.pos++;
      }
      const key = this.param('map literal');
      this.skipBlanks();
      if (src.charCodeAt(this.pos) !== 58) {
        if (this.pos >= src.length) this.fail(`unclosed map literal { at ${this.where(start)}`, start);
        this.fail(`expected ":" after a key in the map literal { at ${this.where(start)}${this.found()}`);
      }
      this.pos++;
      entries.push([key, this.param('map literal')]);
    }
    this.pos++;
    this.leave();
    return { k: 'map', entries };
  }

  // Expressions (#if, #elseif, #set): Velocity 1.7 precedence, loosest first.
  expression(): Expr {
    return this.binary(0);
  }

  private static readonly LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

  private operator(): { op: string; len: number } | undefined {
    this.skipBlanks();
    const src = this.src;
    const two = src.slice(this.pos, this.pos + 2);
    if (['||', '&&', '==', '!=', '<=', '>='].includes(two)) return { op: two, len: 2 };
    const c = src[this.pos];
    if (c && '<>+*/%'.includes(c)) return { op: c, len: 1 };
    // `-` before a digit is a negative literal (`5 -3` does not parse in Velocity 1.7).
    if (c === '-' && !isDigit(src.charCodeAt(this.pos + 1)) && src[this.pos + 1] !== '.') return { op: '-', len: 1 };
    const w = /^(and|or|eq|ne|lt|gt|le|ge)(?![\w])/.exec(src.slice(this.pos, this.pos + 4));
    if (w) return { op: WORD_OPS[w[1]!]!, len: w[1]!.length };
    return undefined;
  }

  private binary(level: number): Expr {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const save = this.pos;
      const o = this.operator();
      if (!o || !Parser.LEVELS[level]!.includes(o.op)) {
        this.pos = save;
        return left;
      }
      this.pos += o.len;
      const right = this.binary(level + 1);
      left = { k: 'bin', op: o.op, l: left, r: right };
    }
  }

  private unary(): Expr {
    this.skipBlanks();
    const src = this.src;
    const at = this.pos;
    if (src[at] === '!' && src[at + 1] !== '=') {
      this.pos++;
      this.enter('"!"', at);
      const e = this.unary();
      this.leave();
      return { k: 'not', e };
    }
    if (/^not(?![\w])/.test(src.slice(at, at + 4))) {
      this.pos += 3;
      this.enter('"not"', at);
      const e = this.unary();
      this.leave();
      return { k: 'not', e };
    }
    if (src[at] === '(') {
      this.pos++;
      this.enter('"("', at);
      const e = this.expression();
      this.skipBlanks();
      if (src[this.pos] !== ')') {
        if (this.pos >= src.length) this.fail(`"(" at ${this.where(at)} is never closed with ")"`, at);
        this.fail(`expected ")" to close "(" at ${this.where(at)}${this.found()}`);
      }
      this.pos++;
      this.leave();
      return e;
    }
    return this.param('the expression');
  }
}
