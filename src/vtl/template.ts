import { type Expr, type Macro, type Node, parseTemplate, type ParsedTemplate, type Ref, type TemplateError, VtlSyntaxError, lineColumn } from './parse.js';
import { integral, isNumber, JBigDecimal, JDouble, JList, JMap, type JValue, javaEquals, javaString, TemplateLimitError } from './java.js';
import { getProperty, type HostObject, invokeMethod, isHost, type Lookup, MISSING, runtime, TemplateRuntimeError } from './methods.js';

/** Limits that keep an untrusted template from running away. */
export interface RenderLimits {
  /** Items per `#foreach`: API Gateway stops a loop after 1,000 (quotas page). */
  maxLoopIterations: number;
  /** Wall-clock budget for one render (parse, evaluation and every regular expression), in milliseconds. */
  timeoutMs: number;
  /** Largest output, in UTF-16 code units (API Gateway payloads are at most 10 MB). */
  maxOutputLength: number;
  /** Deepest nesting of macro calls, #define, #evaluate and interpolated strings. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: RenderLimits = { maxLoopIterations: 1000, timeoutMs: 5000, maxOutputLength: 10 * 1024 * 1024, maxDepth: 64 };

export class TemplateSyntaxError extends Error {
  constructor(readonly detail: TemplateError) {
    super(`${detail.message} (line ${detail.line}, column ${detail.column})`);
  }
}

export { TemplateLimitError };

export interface CompiledTemplate {
  nodes: Node[];
  macros: Map<string, Macro>;
}

/** Parse a template into a tree; syntax errors carry the template's line and column. */
export function compile(text: string, deadline?: number, timeoutMs = DEFAULT_LIMITS.timeoutMs): CompiledTemplate {
  let parsed: ParsedTemplate;
  try {
    parsed = parseTemplate(text, {
      deadline,
      onLimit: (message) => {
        throw new TemplateLimitError(message === 'time' ? `rendering took longer than ${timeoutMs} ms` : message);
      },
    });
  } catch (err) {
    if (err instanceof VtlSyntaxError) {
      const { line, column } = lineColumn(text, err.offset);
      // "#if at 2:3 is never closed" reported at 2:3 says the place once.
      const message = err.message.replace(` at ${line}:${column} `, ' ').replace(new RegExp(` at ${line}:${column}$`), '');
      throw new TemplateSyntaxError({ message, offset: err.offset, line, column });
    }
    throw err;
  }
  return parsed;
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

/** Velocity 1.7 `directive.define.max.depth`: deeper, a #define'd reference prints as written. */
const DEFINE_MAX_DEPTH = 2;

/** A `#define`d block (or a block macro's `$bodyContent`): renders when printed. */
class DefinedBlock implements HostObject {
  depth = 0;
  constructor(private readonly renderBody: (block: DefinedBlock) => string) {}
  javaString(): string {
    return this.renderBody(this);
  }
  property(): Lookup {
    return MISSING;
  }
  method(name: string, args: JValue[]): Lookup {
    return name === 'toString' && args.length === 0 ? this.renderBody(this) : MISSING;
  }
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

export interface RenderState {
  globals: Map<string, JValue>;
  warnings: string[];
  limits: RenderLimits;
  /** `Date.now()` after which the render stops; covers the parse when the caller started the clock there. */
  deadline: number;
}

/** A macro argument: Velocity 1.7 passes arguments by name, so it is evaluated again at each use. */
class MacroArg {
  constructor(
    readonly expr: Expr,
    readonly scopes: Array<Map<string, JValue>>,
  ) {}
}

const NO_ARGS: JValue[] = [];

export class Renderer {
  private scopes: Array<Map<string, JValue>> = [];
  private depth = 0;
  private steps = 0;
  private out = '';
  /** Texts #evaluate parsed in this render (made on the first #evaluate). */
  private evaluated: Map<string, CompiledTemplate> | undefined;
  private ownMacros = false;

  constructor(
    private template: CompiledTemplate,
    private readonly state: RenderState,
  ) {}

  render(): string {
    const saved = runtime.deadline;
    const savedTimeout = runtime.timeoutMs;
    runtime.deadline = this.state.deadline;
    runtime.timeoutMs = this.state.limits.timeoutMs;
    try {
      this.renderNodes(this.template.nodes);
    } catch (err) {
      if (err instanceof RangeError) {
        throw new TemplateLimitError(/call stack/i.test(err.message) ? 'the template nests too deeply (macros, #define or #evaluate calling themselves)' : `a value grew too large (${err.message})`);
      }
      if (!(err instanceof StopSignal) && !(err instanceof BreakSignal)) throw err;
    } finally {
      runtime.deadline = saved;
      runtime.timeoutMs = savedTimeout;
    }
    return this.out;
  }

  private tick(): void {
    if ((++this.steps & 63) === 0 && Date.now() > this.state.deadline) {
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
    if (this.scopes.length === 0) return this.state.globals.get(name);
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const scope = this.scopes[i]!;
      if (scope.has(name)) {
        const v = scope.get(name);
        return v instanceof MacroArg ? this.macroArg(v) : v;
      }
    }
    return this.state.globals.get(name);
  }

  private macroArg(arg: MacroArg): JValue {
    this.tick();
    const saved = this.scopes;
    this.scopes = arg.scopes;
    try {
      return this.expr(arg.expr);
    } finally {
      this.scopes = saved;
    }
  }

  private setVar(name: string, value: JValue): void {
    if (this.scopes.length === 0) {
      this.state.globals.set(name, value);
      return;
    }
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      if (this.scopes[i]!.has(name)) {
        this.scopes[i]!.set(name, value);
        return;
      }
    }
    this.state.globals.set(name, value);
  }

  private renderNodes(nodes: Node[]): void {
    // One time check per block rendered and per #foreach turn (below): the work between two checks
    // is bounded by the template's length, and every repetition (loops, macros, #define,
    // #evaluate, interpolated strings, by-name macro arguments) passes through one.
    this.tick();
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      switch (node.k) {
        case 'text': this.emit(node.text); break;
        case 'ref': {
          const v = this.resolve(node.ref, node.ref.steps.length);
          if (typeof v === 'string') this.emit(v);
          else if (v instanceof DefinedBlock) this.emit(v.depth >= DEFINE_MAX_DEPTH ? node.ref.text : v.javaString());
          else if (v !== null) this.emit(isHost(v) ? v.javaString() : javaString(v));
          break;
        }
        case 'set': this.assign(node.target, node.value); break;
        case 'if': {
          for (const b of node.branches) {
            if (b.cond === undefined || this.cond(b.cond)) {
              this.renderNodes(b.body);
              break;
            }
          }
          break;
        }
        case 'foreach': this.foreach(node); break;
        case 'define': {
          const body = node.body;
          this.setVar(node.name, new DefinedBlock((block) => this.nested('#define blocks', () => this.capture(() => {
            block.depth++;
            try {
              this.renderNodes(body);
            } finally {
              block.depth--;
            }
          }))));
          break;
        }
        case 'call': this.call(node); break;
        case 'evaluate': this.evaluate(node.arg); break;
        case 'resource': {
          const name = javaString(this.expr(node.arg));
          throw new TemplateRuntimeError(`org.apache.velocity.exception.ResourceNotFoundException: Unable to find resource '${name}' (#${node.directive} reads template files, which API Gateway does not have)`);
        }
        case 'break': throw new BreakSignal();
        case 'stop': throw new StopSignal();
      }
    }
  }

  private nested<T>(what: string, fn: () => T): T {
    if (++this.depth > this.state.limits.maxDepth) throw new TemplateLimitError(`${what} nest deeper than ${this.state.limits.maxDepth}`);
    try {
      return fn();
    } finally {
      this.depth--;
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

  private evaluate(arg: Expr): void {
    const v = this.expr(arg);
    if (v === null) return;
    const text = isHost(v) ? v.javaString() : javaString(v);
    const evaluated = (this.evaluated ??= new Map());
    let compiled = evaluated.get(text);
    if (!compiled) {
      try {
        compiled = compile(text, this.state.deadline, this.state.limits.timeoutMs);
      } catch (err) {
        if (err instanceof TemplateSyntaxError) throw new TemplateRuntimeError(`org.apache.velocity.exception.ParseErrorException: #evaluate: ${err.message}`);
        throw err;
      }
      evaluated.set(text, compiled);
    }
    if (compiled.macros.size) {
      // Macros defined by #evaluate belong to this render only: copy the template's map once.
      if (!this.ownMacros) {
        this.template = { nodes: this.template.nodes, macros: new Map(this.template.macros) };
        this.ownMacros = true;
      }
      for (const [name, macro] of compiled.macros) if (!this.template.macros.has(name)) this.template.macros.set(name, macro);
    }
    this.nested('#evaluate calls', () => this.renderNodes(compiled.nodes));
  }

  private foreach(node: Extract<Node, { k: 'foreach' }>): void {
    const from = this.expr(node.source);
    let items: JValue[];
    if (from instanceof JList) items = from.items;
    else if (from instanceof JMap) items = from.keys().map((k) => from.get(k));
    else return;
    const name = node.name;
    const savedVar = this.lookupVar(name);
    const savedScope = this.lookupVar('foreach');
    const savedCount = this.lookupVar('velocityCount');
    const savedHasNext = this.lookupVar('velocityHasNext');
    const scope = new ForeachScope(items.length, savedScope ?? null);
    const limit = this.state.limits.maxLoopIterations;
    this.setVar('foreach', scope);
    try {
      for (let i = 0; i < items.length; i++) {
        if (i >= limit) {
          this.state.warnings.push(`#foreach stopped after ${limit} iterations (API Gateway's limit); ${items.length - limit} item(s) were not processed`);
          break;
        }
        this.tick();
        scope.index = i;
        this.setVar(name, items[i] ?? null);
        this.setVar('velocityCount', i + 1);
        this.setVar('velocityHasNext', i + 1 < items.length);
        this.renderNodes(node.body);
      }
    } catch (err) {
      if (!(err instanceof BreakSignal)) throw err;
    } finally {
      this.restore('velocityHasNext', savedHasNext);
      this.restore('velocityCount', savedCount);
      this.restore('foreach', savedScope);
      this.restore(name, savedVar);
    }
  }

  private restore(name: string, value: JValue | undefined): void {
    if (value === undefined) this.state.globals.delete(name);
    else this.setVar(name, value);
  }

  private call(node: Extract<Node, { k: 'call' }>): void {
    const macro = this.template.macros.get(node.name);
    if (!macro) {
      if (node.body) throw new TemplateRuntimeError(`org.apache.velocity.exception.VelocityException: block macro #@${node.name} is not defined`);
      this.emit(node.text + node.eaten);
      return;
    }
    this.nested('macro calls', () => {
      const scope = new Map<string, JValue>();
      const callerScopes = this.scopes.slice();
      macro.params.forEach((p, i) => {
        const arg = node.args[i];
        scope.set(p, arg === undefined ? null : arg.k === 'lit' ? arg.v : new MacroArg(arg, callerScopes));
      });
      if (node.body) {
        const body = node.body;
        scope.set('bodyContent', new DefinedBlock(() => this.capture(() => {
          const inner = this.scopes;
          this.scopes = callerScopes;
          try {
            this.renderNodes(body);
          } finally {
            this.scopes = inner;
          }
        })));
      }
      this.scopes.push(scope);
      try {
        this.renderNodes(macro.body);
      } finally {
        this.scopes.pop();
      }
    });
  }

  /** A reference's value after `count` steps; null when any step is missing (the caller applies the null model). */
  private resolve(ref: Ref, count: number): JValue {
    let value: JValue | undefined = this.lookupVar(ref.name);
    if (value === undefined) return null;
    const steps = ref.steps;
    for (let i = 0; i < count; i++) {
      if (value === null || value === undefined) return null;
      const step = steps[i]!;
      let next: Lookup;
      if (step.k === 'prop') next = getProperty(value, step.name);
      else if (step.k === 'call') {
        const n = step.args.length;
        const args: JValue[] = n === 0 ? NO_ARGS : new Array(n);
        for (let a = 0; a < n; a++) args[a] = this.expr(step.args[a]!);
        next = invokeMethod(value, step.name, args);
      } else next = this.index(value, this.expr(step.arg));
      if (next === MISSING) return null;
      if (typeof next === 'string' && next.length > this.state.limits.maxOutputLength) {
        throw new TemplateLimitError(`a string grew past ${this.state.limits.maxOutputLength} characters`);
      }
      value = next;
    }
    return value ?? null;
  }

  /** `$x[i]` (Velocity 1.7 ASTIndex): lists and arrays count a negative index from the end; anything else calls get(). */
  private index(target: JValue, key: JValue): Lookup {
    if (target instanceof JMap) return target.get(typeof key === 'string' ? key : javaString(key));
    if (target instanceof JList && typeof key === 'number' && key < 0) return invokeMethod(target, 'get', [target.items.length + key]);
    return invokeMethod(target, 'get', [key]);
  }

  /** AWS's null model: a reference that resolves to null evaluates to "". */
  private reference(ref: Ref): JValue {
    const v = this.resolve(ref, ref.steps.length);
    return v === null ? '' : v;
  }

  private expr(e: Expr): JValue {
    switch (e.k) {
      case 'lit': return e.v;
      case 'ref': return this.reference(e.ref);
      case 'interp': {
        // nested() and capture() written out: an interpolated string is rendered often (in loops).
        if (++this.depth > this.state.limits.maxDepth) throw new TemplateLimitError(`interpolated strings nest deeper than ${this.state.limits.maxDepth}`);
        const saved = this.out;
        this.out = '';
        try {
          this.renderNodes(e.nodes);
          return this.out;
        } finally {
          this.out = saved;
          this.depth--;
        }
      }
      case 'list': {
        const out: JValue[] = [];
        for (const item of e.items) out.push(this.expr(item));
        return new JList(out);
      }
      case 'range': {
        const a = this.expr(e.from);
        const b = this.expr(e.to);
        if (!isNumber(a) || !isNumber(b)) return null;
        const from = Number(a instanceof JDouble ? Math.trunc(a.value) : a);
        const to = Number(b instanceof JDouble ? Math.trunc(b.value) : b);
        if (Math.abs(to - from) >= 1_000_000) throw new TemplateLimitError('range is larger than 1,000,000 items');
        const out: JValue[] = [];
        const step = from <= to ? 1 : -1;
        for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
        return new JList(out);
      }
      case 'map': {
        const m = new JMap('linked');
        for (const [k, v] of e.entries) {
          const key = this.expr(k);
          m.put(typeof key === 'string' ? key : javaString(key), this.expr(v));
        }
        return m;
      }
      case 'not': return !this.cond(e.e);
      case 'bin': return this.binary(e);
    }
  }

  /**
   * A condition (Node.evaluate in Velocity 1.7): references are true unless null or false,
   * comparisons and logic give their result, and every other literal or arithmetic is false.
   */
  private cond(e: Expr): boolean {
    switch (e.k) {
      case 'ref': return truthy(this.reference(e.ref));
      case 'lit': return e.v === true;
      case 'not': return !this.cond(e.e);
      case 'bin': {
        if (e.op === '&&' || e.op === '||' || e.op === '==' || e.op === '!=' || e.op === '<' || e.op === '>' || e.op === '<=' || e.op === '>=') return this.binary(e) === true;
        this.binary(e);
        return false;
      }
      default:
        this.expr(e);
        return false;
    }
  }

  private binary(e: Extract<Expr, { k: 'bin' }>): JValue {
    const op = e.op;
    if (op === '&&') return this.cond(e.l) && this.cond(e.r);
    if (op === '||') return this.cond(e.l) || this.cond(e.r);
    const a = this.expr(e.l);
    const b = this.expr(e.r);
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
      default: {
        const result = arithmetic(op, a, b);
        if (typeof result === 'string' && result.length > this.state.limits.maxOutputLength) {
          throw new TemplateLimitError(`a string grew past ${this.state.limits.maxOutputLength} characters`);
        }
        return result;
      }
    }
  }

  private assign(target: Ref, valueExpr: Expr): void {
    const value = this.expr(valueExpr);
    // A #set whose right side is null (not a reference: e.g. a division by zero) changes nothing.
    if (value === null) return;
    const steps = target.steps;
    if (steps.length === 0) {
      this.setVar(target.name, value);
      return;
    }
    const owner = this.resolve(target, steps.length - 1);
    const last = steps[steps.length - 1]!;
    const key = last.k === 'index' ? this.expr(last.arg) : last.name;
    if (owner instanceof JMap) owner.put(typeof key === 'string' ? key : javaString(key), value);
    else if (owner instanceof JList && typeof key === 'number') invokeMethod(owner, 'set', [key < 0 ? owner.items.length + key : key, value]);
    else if (owner !== null && typeof key === 'string') invokeMethod(owner, `set${key.charAt(0).toUpperCase()}${key.slice(1)}`, [value]);
  }
}

export { TemplateRuntimeError };
