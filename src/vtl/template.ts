import { offsetOf, rawTokens, type TemplateError, type VelocityNode, type VelocityToken } from './parse.js';
import { integral, isNumber, JBigDecimal, JDouble, JList, JMap, type JValue, javaEquals, javaString } from './java.js';
import { getProperty, type HostObject, invokeMethod, isHost, type Lookup, MISSING, TemplateRuntimeError } from './methods.js';

/** Limits that keep an untrusted template from running away. */
export interface RenderLimits {
  /** Items per `#foreach`: API Gateway stops a loop after 1,000 (quotas page). */
  maxLoopIterations: number;
  /** Wall-clock budget for one render, in milliseconds. */
  timeoutMs: number;
  /** Largest output, in UTF-16 code units (API Gateway payloads are at most 10 MB). */
  maxOutputLength: number;
  /** Deepest nesting of macro calls and interpolated strings. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: RenderLimits = { maxLoopIterations: 1000, timeoutMs: 5000, maxOutputLength: 10 * 1024 * 1024, maxDepth: 64 };

export class TemplateSyntaxError extends Error {
  constructor(readonly detail: TemplateError) {
    super(`${detail.message} (line ${detail.line}, column ${detail.column})`);
  }
}

export class TemplateLimitError extends Error {}

type Expr = VelocityNode | string;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; node: VelocityNode }
  | { kind: 'set'; target: VelocityNode; value: Expr }
  | { kind: 'if'; branches: Array<{ cond?: Expr; body: Node[] }> }
  | { kind: 'foreach'; name: string; from: Expr; body: Node[] }
  | { kind: 'define'; name: string; body: Node[] }
  | { kind: 'call'; name: string; args: Expr[]; source: string; eaten: string }
  | { kind: 'break' }
  | { kind: 'stop' };

interface Macro {
  params: string[];
  body: Node[];
}

export interface CompiledTemplate {
  nodes: Node[];
  macros: Map<string, Macro>;
}

const STOP_CALL = 'apigwStop__';
const DIRECTIVES = new Set(['set', 'if', 'elseif', 'else', 'end', 'foreach', 'macro', 'macro_call', 'define', 'break']);

/**
 * Where velocityjs's grammar and Velocity 1.7's differ, rewrite to an equivalent it reads:
 * `#stop` (not in its grammar) becomes a call it parses, and `$name{` (a reference followed by a
 * brace, which it takes for `${`) becomes `${name}{`. Raw blocks are left alone.
 */
function rewrite(text: string): string {
  return text
    .split(/(#\[\[[\s\S]*?\]\]#)/)
    .map((part, i) => (i % 2 === 1 ? part : rewriteStop(part).replace(/(?<!\\)(\$!?)([a-zA-Z][\w-]*(?:\.[a-zA-Z][\w-]*)*)\{/g, '$1{$2}{')))
    .join('');
}

function rewriteStop(text: string): string {
  return text.replace(/(\\*)#(?:\{stop\}|stop\b)/g, (_m, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}#${STOP_CALL}()` : `${slashes.slice(1)}#[[#stop]]#`));
}

/** Velocity 1.7 eats the rest of a line after a directive when only blanks follow it. */
function gobble(tokens: VelocityToken[]): VelocityToken[] {
  const out: VelocityToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (typeof t === 'string' && typeof prev === 'string') out[out.length - 1] = prev + t;
    else out.push(t);
  }
  for (let i = 0; i < out.length - 1; i++) {
    const t = out[i]!;
    const next = out[i + 1];
    if (typeof t === 'string' || typeof next !== 'string') continue;
    const eats = DIRECTIVES.has(t.type) || (t.type === 'comment' && String(t.value).startsWith('##'));
    if (eats) {
      const m = /^[ \t]*(\r\n|\n|\r)/.exec(next);
      // A call to a macro that turns out not to exist is plain text, which eats nothing.
      if (m && t.type === 'macro_call') t.eaten = m[0];
      if (m) out[i + 1] = next.slice(m[0].length);
    }
    // Blanks between a reference or directive and a #set belong to the #set token and vanish.
    const after = out[i + 2];
    if (/^[ \t]+$/.test(out[i + 1] as string) && typeof after === 'object' && after.type === 'set') out[i + 1] = '';
  }
  return out;
}

function sourceOf(text: string, node: VelocityNode): string {
  const pos = node.pos;
  if (!pos) return '';
  const lines = text.split('\n');
  const start = lines.slice(0, pos.first_line - 1).reduce((n, l) => n + l.length + 1, 0) + pos.first_column;
  const end = lines.slice(0, pos.last_line - 1).reduce((n, l) => n + l.length + 1, 0) + pos.last_column;
  return text.slice(start, end);
}

/** Parse a template into a tree; syntax errors carry the template's line and column. */
export function compile(text: string): CompiledTemplate {
  const source = rewrite(text);
  const result = rawTokens(source);
  if ('error' in result) throw new TemplateSyntaxError(result.error);
  const tokens = gobble(result.tokens);
  const macros = new Map<string, Macro>();
  let i = 0;
  const errorAt = (t: VelocityNode, message: string) => {
    const line = t.pos?.first_line ?? 1;
    const column = t.pos?.first_column ?? 0;
    return new TemplateSyntaxError({ message, offset: offsetOf(source, line, column), line, column: column + 1 });
  };
  const block = (closers: string[]): { nodes: Node[]; closer?: VelocityNode } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (typeof t === 'string') {
        nodes.push({ kind: 'text', text: t });
        continue;
      }
      if (closers.includes(t.type)) return { nodes, closer: t };
      switch (t.type) {
        case 'references': {
          // Velocity 1.7 reads `$name[` as the start of an index and rejects what is not one.
          const next = tokens[i];
          if (!t.isWraped && !t.args && typeof next === 'string' && next.startsWith('[')) throw errorAt(t, `"[" after $${String(t.id)} must start an index such as [0] or ['key']`);
          nodes.push({ kind: 'ref', node: t });
          // velocityjs reads `$name(…)` as a call; Velocity prints `$name` and then the text.
          if (t.args) {
            const raw = sourceOf(source, t);
            nodes.push(...compile(raw.slice(raw.indexOf('('))).nodes);
          }
          break;
        }
        case 'set': {
          const [target, value] = t.equal as [VelocityNode, Expr];
          nodes.push({ kind: 'set', target, value });
          break;
        }
        case 'if': {
          const branches: Array<{ cond?: Expr; body: Node[] }> = [];
          let cond: Expr | undefined = t.condition as Expr;
          let hasCond = true;
          for (;;) {
            const inner = block(['elseif', 'else', 'end']);
            branches.push(hasCond ? { cond, body: inner.nodes } : { body: inner.nodes });
            if (!inner.closer) throw errorAt(t, '#if is never closed with #end');
            if (inner.closer.type === 'end') break;
            hasCond = inner.closer.type === 'elseif';
            cond = inner.closer.condition as Expr;
          }
          nodes.push({ kind: 'if', branches });
          break;
        }
        case 'foreach': {
          const inner = block(['end']);
          if (!inner.closer) throw errorAt(t, '#foreach is never closed with #end');
          nodes.push({ kind: 'foreach', name: String(t.to), from: t.from as Expr, body: inner.nodes });
          break;
        }
        case 'macro': {
          const inner = block(['end']);
          if (!inner.closer) throw errorAt(t, '#macro is never closed with #end');
          const params = ((t.args as VelocityNode[] | undefined) ?? []).map((a) => String(a.id));
          macros.set(String(t.id), { params, body: inner.nodes });
          break;
        }
        case 'define': {
          const inner = block(['end']);
          if (!inner.closer) throw errorAt(t, '#define is never closed with #end');
          nodes.push({ kind: 'define', name: String(t.id), body: inner.nodes });
          break;
        }
        case 'macro_call':
          if (t.id === STOP_CALL) nodes.push({ kind: 'stop' });
          else nodes.push({ kind: 'call', name: String(t.id), args: (t.args as Expr[] | undefined) ?? [], source: sourceOf(source, t), eaten: String(t.eaten ?? '') });
          break;
        case 'break': nodes.push({ kind: 'break' }); break;
        case 'raw': nodes.push({ kind: 'text', text: String(t.value).replaceAll(`#${STOP_CALL}()`, '#stop') }); break;
        case 'comment': break;
        case 'end':
        case 'else':
        case 'elseif':
          throw errorAt(t, `#${t.type} without an opening #if${t.type === 'end' ? ', #foreach, #macro or #define' : ''}`);
        default:
          throw errorAt(t, `unsupported directive #${t.type}`);
      }
    }
    return { nodes };
  };
  const { nodes } = block([]);
  return { nodes, macros };
}

class BreakSignal {}
class StopSignal {}

/** `$foreach` (Velocity 1.7 ForeachScope). */
class ForeachScope implements HostObject {
  index = 0;
  constructor(
    private readonly total: number,
    readonly parent: JValue,
  ) {}

  javaString(): string {
    return '';
  }

  property(name: string): Lookup {
    switch (name) {
      case 'index': return this.index;
      case 'count': return this.index + 1;
      case 'hasNext': return this.index + 1 < this.total;
      case 'first': return this.index === 0;
      case 'last': return this.index + 1 >= this.total;
      case 'parent': return this.parent;
      default: return MISSING;
    }
  }

  method(name: string, args: JValue[]): Lookup {
    if (args.length) return MISSING;
    const m = /^(?:get|is|has)(\w+)$/.exec(name);
    if (name === 'hasNext') return this.property('hasNext');
    return m ? this.property(m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1)) : MISSING;
  }
}

/** A `#define`d block: renders when printed. */
class DefinedBlock implements HostObject {
  constructor(private readonly renderBody: () => string) {}
  javaString(): string {
    return this.renderBody();
  }
  property(): Lookup {
    return MISSING;
  }
  method(name: string, args: JValue[]): Lookup {
    return name === 'toString' && args.length === 0 ? this.renderBody() : MISSING;
  }
}

export interface RenderState {
  globals: Map<string, JValue>;
  warnings: string[];
  limits: RenderLimits;
}

/** Velocity 1.7 truthiness: only null and false are false (so "" and 0 are true). */
function truthy(v: JValue): boolean {
  return v !== null && v !== undefined && v !== false;
}

function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

type JNumber = number | bigint | JDouble | JBigDecimal;

function toDecimal(v: JNumber): JBigDecimal {
  if (v instanceof JBigDecimal) return v;
  if (typeof v === 'bigint') return new JBigDecimal(v, 0);
  return JBigDecimal.fromDouble(v instanceof JDouble ? v.value : v);
}

/** Velocity 1.7 MathUtils.findCalculationBase: long, BigInteger, double or BigDecimal. */
function base(a: JNumber, b: JNumber): 'integral' | 'double' | 'decimal' {
  const aInt = typeof a === 'number' || typeof a === 'bigint';
  const bInt = typeof b === 'number' || typeof b === 'bigint';
  if (a instanceof JBigDecimal || b instanceof JBigDecimal) return 'decimal';
  if (aInt && bInt) return 'integral';
  const bigInteger = (x: JNumber) => typeof x === 'bigint' && (x > 9223372036854775807n || x < -9223372036854775808n);
  if (bigInteger(a) || bigInteger(b)) return 'decimal';
  return 'double';
}

function num(v: JNumber): number {
  return v instanceof JDouble ? v.value : v instanceof JBigDecimal ? Number(v.toString()) : Number(v);
}

function isZero(v: JNumber): boolean {
  return v instanceof JBigDecimal ? v.isZero() : num(v) === 0;
}

function arithmetic(op: string, a: JValue, b: JValue): JValue {
  if (op === '+' && !(isNumber(a) && isNumber(b))) {
    return typeof a === 'string' || typeof b === 'string' ? javaString(a) + javaString(b) : null;
  }
  if (!isNumber(a) || !isNumber(b)) return null;
  // ASTDivNode/ASTModNode: a zero divisor gives null.
  if ((op === '/' || op === '%') && isZero(b)) return null;
  switch (base(a, b)) {
    case 'decimal': {
      const x = toDecimal(a);
      const y = toDecimal(b);
      switch (op) {
        case '+': return x.add(y);
        case '-': return x.subtract(y);
        case '*': return x.multiply(y);
        case '/': return x.divideHalfDown(y);
        default: throw new TemplateRuntimeError('java.lang.ArithmeticException: Cannot calculate the modulo of BigDecimals.');
      }
    }
    case 'double': {
      const x = num(a);
      const y = num(b);
      switch (op) {
        case '+': return new JDouble(x + y);
        case '-': return new JDouble(x - y);
        case '*': return new JDouble(x * y);
        case '/': return new JDouble(x / y);
        default: return new JDouble(x % y);
      }
    }
    default: {
      const x = toBig(a as number | bigint);
      const y = toBig(b as number | bigint);
      switch (op) {
        case '+': return integral(x + y);
        case '-': return integral(x - y);
        case '*': return integral(x * y);
        case '/': return integral(x / y);
        default: return integral(x % y);
      }
    }
  }
}

function compare(a: JValue, b: JValue): number | undefined {
  if (!isNumber(a) || !isNumber(b)) return undefined;
  switch (base(a, b)) {
    case 'decimal': return toDecimal(a).compareTo(toDecimal(b));
    case 'double': return Math.sign(num(a) - num(b));
    default: {
      const x = toBig(a as number | bigint);
      const y = toBig(b as number | bigint);
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

function kindOf(v: JValue): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return (v as object).constructor.name;
  return typeof v;
}

/** Velocity 1.7 `==`: numbers by value, same classes by equals(), otherwise by toString(). */
function equal(a: JValue, b: JValue): boolean {
  if (a === null || b === null) return a === b;
  const c = compare(a, b);
  if (c !== undefined) return c === 0;
  if (kindOf(a) === kindOf(b)) return javaEquals(a, b);
  return javaString(a) === javaString(b);
}

export class Renderer {
  private scopes: Array<Map<string, JValue>> = [];
  private depth = 0;
  private steps = 0;
  private readonly deadline: number;
  private out = '';

  constructor(
    private readonly template: CompiledTemplate,
    private readonly state: RenderState,
    private readonly sourceText: (text: string) => CompiledTemplate,
  ) {
    this.deadline = Date.now() + state.limits.timeoutMs;
  }

  render(): string {
    try {
      this.renderNodes(this.template.nodes);
    } catch (err) {
      if (!(err instanceof StopSignal) && !(err instanceof BreakSignal)) throw err;
    }
    return this.out;
  }

  private tick(): void {
    if (++this.steps % 1024 === 0 && Date.now() > this.deadline) {
      throw new TemplateLimitError(`rendering took longer than ${this.state.limits.timeoutMs} ms`);
    }
  }

  private emit(text: string): void {
    this.out += text;
    if (this.out.length > this.state.limits.maxOutputLength) {
      throw new TemplateLimitError(`output is larger than ${this.state.limits.maxOutputLength} characters`);
    }
  }

  private lookupVar(name: string): JValue | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i]!.has(name)) return this.scopes[i]!.get(name);
    return this.state.globals.get(name);
  }

  private setVar(name: string, value: JValue): void {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      if (this.scopes[i]!.has(name)) {
        this.scopes[i]!.set(name, value);
        return;
      }
    }
    this.state.globals.set(name, value);
  }

  private renderNodes(nodes: Node[]): void {
    for (const node of nodes) {
      this.tick();
      switch (node.kind) {
        case 'text': this.emit(node.text); break;
        case 'ref': {
          const v = this.reference(node.node);
          this.emit(v === null ? '' : isHost(v) ? v.javaString() : javaString(v));
          break;
        }
        case 'set': this.assign(node.target, node.value); break;
        case 'if': {
          const branch = node.branches.find((b) => b.cond === undefined || truthy(this.expr(b.cond)));
          if (branch) this.renderNodes(branch.body);
          break;
        }
        case 'foreach': this.foreach(node); break;
        case 'define': {
          const body = node.body;
          this.setVar(node.name, new DefinedBlock(() => this.capture(() => this.renderNodes(body))));
          break;
        }
        case 'call': this.call(node); break;
        case 'break': throw new BreakSignal();
        case 'stop': throw new StopSignal();
      }
    }
  }

  private capture(fn: () => void): string {
    const saved = this.out;
    this.out = '';
    try {
      fn();
      return this.out;
    } finally {
      this.out = saved;
    }
  }

  private foreach(node: Extract<Node, { kind: 'foreach' }>): void {
    const from = this.expr(node.from);
    let items: JValue[];
    if (from instanceof JList) items = from.items;
    else if (from instanceof JMap) items = from.keys().map((k) => from.get(k));
    else return;
    const saved = ['foreach', 'velocityCount', 'velocityHasNext', node.name].map((k) => [k, this.lookupVar(k)] as const);
    const scope = new ForeachScope(items.length, this.lookupVar('foreach') ?? null);
    const limit = this.state.limits.maxLoopIterations;
    try {
      for (let i = 0; i < items.length; i++) {
        if (i >= limit) {
          this.state.warnings.push(`#foreach stopped after ${limit} iterations (API Gateway's limit); ${items.length - limit} item(s) were not processed`);
          break;
        }
        scope.index = i;
        this.setVar(node.name, items[i] ?? null);
        this.setVar('foreach', scope);
        this.setVar('velocityCount', i + 1);
        this.setVar('velocityHasNext', i + 1 < items.length);
        this.renderNodes(node.body);
      }
    } catch (err) {
      if (!(err instanceof BreakSignal)) throw err;
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) this.state.globals.delete(k);
        else this.setVar(k, v);
      }
    }
  }

  private call(node: Extract<Node, { kind: 'call' }>): void {
    const macro = this.template.macros.get(node.name);
    if (!macro) {
      this.emit(node.source + node.eaten);
      return;
    }
    if (++this.depth > this.state.limits.maxDepth) throw new TemplateLimitError(`macro calls nest deeper than ${this.state.limits.maxDepth}`);
    const scope = new Map<string, JValue>();
    macro.params.forEach((p, i) => scope.set(p, i < node.args.length ? this.expr(node.args[i]!) : null));
    this.scopes.push(scope);
    try {
      this.renderNodes(macro.body);
    } finally {
      this.scopes.pop();
      this.depth--;
    }
  }

  /** A reference's value; null when any step is missing (the caller applies the null model). */
  private resolve(node: VelocityNode, steps: VelocityNode[]): JValue {
    let value: JValue | undefined = this.lookupVar(String(node.id));
    if (value === undefined) return null;
    for (const step of steps) {
      if (value === null || value === undefined) return null;
      let next: Lookup;
      if (step.type === 'property') next = getProperty(value, String(step.id));
      else if (step.type === 'method') next = invokeMethod(value, String(step.id), ((step.args as Expr[] | false) || []).map((a) => this.value(a)));
      else next = this.index(value, this.expr(step.id as Expr));
      if (next === MISSING) return null;
      if (typeof next === 'string' && next.length > this.state.limits.maxOutputLength) {
        throw new TemplateLimitError(`a string grew past ${this.state.limits.maxOutputLength} characters`);
      }
      value = next;
    }
    return value ?? null;
  }

  private index(target: JValue, key: JValue): Lookup {
    if (target instanceof JMap) return target.get(typeof key === 'string' ? key : javaString(key));
    if (target instanceof JList) {
      if (typeof key !== 'number') return MISSING;
      return invokeMethod(target, 'get', [key]);
    }
    return invokeMethod(target, 'get', [key]);
  }

  /** AWS's null model: a reference that resolves to null evaluates to "". */
  private reference(node: VelocityNode): JValue {
    const v = this.resolve(node, (node.path as VelocityNode[] | undefined) ?? []);
    return v === null ? '' : v;
  }

  private value(e: Expr): JValue {
    return this.expr(e);
  }

  private expr(e: Expr): JValue {
    this.tick();
    if (typeof e === 'string') return integral(BigInt(e));
    switch (e.type) {
      case 'references': return this.reference(e);
      case 'integer': return integral(BigInt(e.value as string | number));
      case 'decimal': return new JDouble(Number(e.value));
      case 'bool': return e.value === true || e.value === 'true';
      case 'string': return e.isEval ? this.interpolate(String(e.value)) : String(e.value);
      case 'array': {
        const values = e.value as Expr[];
        if (e.isRange) {
          const [a, b] = values.map((v) => this.expr(v!));
          if (!isNumber(a!) || !isNumber(b!)) return null;
          const from = Number(a);
          const to = Number(b);
          const out: JValue[] = [];
          const step = from <= to ? 1 : -1;
          for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
            out.push(i);
            if (out.length > 1_000_000) throw new TemplateLimitError('range is larger than 1,000,000 items');
          }
          return new JList(out);
        }
        return new JList(values.map((v) => this.expr(v)));
      }
      case 'map': {
        const m = new JMap('linked');
        for (const [k, v] of Object.entries((e.value ?? {}) as Record<string, Expr>)) m.put(k, this.expr(v));
        return m;
      }
      case 'math': return this.math(e);
      default: return null;
    }
  }

  private math(e: VelocityNode): JValue {
    const [l, r] = e.expression as [Expr, Expr?];
    const op = String(e.operator);
    switch (op) {
      case '&&': return truthy(this.expr(l)) && truthy(this.expr(r!));
      case '||': return truthy(this.expr(l)) || truthy(this.expr(r!));
      case 'not':
      case '!': return !truthy(this.expr(l));
      case 'minus': {
        const v = this.expr(l);
        return isNumber(v) ? arithmetic('-', 0, v) : null;
      }
    }
    const a = this.expr(l);
    const b = this.expr(r!);
    switch (op) {
      case '==': return equal(a, b);
      case '!=': return !equal(a, b);
      case '<':
      case '>':
      case '<=':
      case '>=': {
        // Velocity 1.7 compares numbers only; anything else is false.
        const c = compare(a, b);
        if (c === undefined) return false;
        return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
      }
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        const result = arithmetic(op, a, b);
        if (typeof result === 'string' && result.length > this.state.limits.maxOutputLength) {
          throw new TemplateLimitError(`a string grew past ${this.state.limits.maxOutputLength} characters`);
        }
        return result;
      }
      default:
        return null;
    }
  }

  private interpolate(text: string): string {
    if (!/[$#]/.test(text)) return text;
    if (++this.depth > this.state.limits.maxDepth) throw new TemplateLimitError(`string interpolation nests deeper than ${this.state.limits.maxDepth}`);
    try {
      const inner = this.sourceText(text);
      return this.capture(() => {
        for (const [name, macro] of inner.macros) this.template.macros.set(name, macro);
        this.renderNodes(inner.nodes);
      });
    } finally {
      this.depth--;
    }
  }

  private assign(target: VelocityNode, valueExpr: Expr): void {
    const value = this.expr(valueExpr);
    // A #set whose right side is null (not a reference: e.g. a division by zero) changes nothing.
    if (value === null) return;
    const steps = (target.path as VelocityNode[] | undefined) ?? [];
    if (steps.length === 0) {
      this.setVar(String(target.id), value);
      return;
    }
    const owner = this.resolve(target, steps.slice(0, -1));
    const last = steps[steps.length - 1]!;
    const key = last.type === 'index' ? this.expr(last.id as Expr) : String(last.id);
    if (owner instanceof JMap) owner.put(typeof key === 'string' ? key : javaString(key), value);
    else if (owner instanceof JList && typeof key === 'number') invokeMethod(owner, 'set', [key, value]);
    else if (owner !== null && typeof key === 'string') invokeMethod(owner, `set${key.charAt(0).toUpperCase()}${key.slice(1)}`, [value]);
  }
}

export { TemplateRuntimeError };
