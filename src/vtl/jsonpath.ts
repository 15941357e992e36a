import { JDouble, JList, JMap, type JValue } from './java.js';

/**
 * JSONPath as Jayway JsonPath 2.0 evaluates it for `$input.path` and `$input.json`. A definite
 * path (names and single indexes only) gives one value or nothing; an indefinite one (`*`,
 * `..`, slices, unions, filters) gives a JSONArray of every match. Functions such as
 * `length()` are not part of 2.0 and give nothing.
 */
type Step =
  | { kind: 'name'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'wildcard' }
  | { kind: 'deep'; step: Step }
  | { kind: 'filter'; test: (node: JValue) => boolean };

export class JsonPathError extends Error {}

/** Compiled steps, and whether the path is definite. */
function compile(path: string): { steps: Step[]; definite: boolean } {
  let p = path.trim();
  if (!p.startsWith('$')) p = p.startsWith('[') ? `$${p}` : `$.${p}`;
  let i = 1;
  const steps: Step[] = [];
  let definite = true;
  const fail = (m: string): never => {
    throw new JsonPathError(`${m} in JSONPath "${path}"`);
  };
  const readName = (): string => {
    const m = /^[^.[\]()\s]+/.exec(p.slice(i));
    if (!m) fail('expected a property name');
    i += m![0].length;
    return m![0];
  };
  const readBracket = (): Step => {
    const close = findClose(p, i);
    if (close < 0) fail('unclosed [');
    const inner = p.slice(i + 1, close).trim();
    i = close + 1;
    if (inner === '*') return { kind: 'wildcard' };
    if (inner.startsWith('?(') && inner.endsWith(')')) return { kind: 'filter', test: compileFilter(inner.slice(2, -1), fail) };
    if (/^(['"]).*\1$/s.test(inner) || /^(['"]).*\1(\s*,\s*(['"]).*\3)+$/s.test(inner)) {
      return { kind: 'name', names: [...inner.matchAll(/(['"])(.*?)\1/gs)].map((m) => m[2]!) };
    }
    const slice = /^(-?\d*)\s*:\s*(-?\d*)$/.exec(inner);
    if (slice) return { kind: 'slice', start: slice[1] ? Number(slice[1]) : undefined, end: slice[2] ? Number(slice[2]) : undefined };
    if (/^-?\d+(\s*,\s*-?\d+)*$/.test(inner)) return { kind: 'index', indexes: inner.split(',').map((x) => Number(x.trim())) };
    return fail(`unsupported selector [${inner}]`);
  };
  while (i < p.length) {
    const c = p[i];
    if (c === '.' && p[i + 1] === '.') {
      i += 2;
      definite = false;
      const inner = p[i] === '[' ? readBracket() : p[i] === '*' ? (i++, { kind: 'wildcard' } as Step) : { kind: 'name', names: [readName()] } as Step;
      steps.push({ kind: 'deep', step: inner });
    } else if (c === '.') {
      i++;
      if (p[i] === '*') {
        i++;
        steps.push({ kind: 'wildcard' });
        definite = false;
      } else {
        const name = readName();
        if (p[i] === '(') fail(`function ${name}() is not supported`);
        steps.push({ kind: 'name', names: [name] });
      }
    } else if (c === '[') {
      const step = readBracket();
      if (step.kind !== 'name' && !(step.kind === 'index' && step.indexes.length === 1)) definite = false;
      if (step.kind === 'name' && step.names.length > 1) definite = false;
      steps.push(step);
    } else fail(`unexpected "${c}"`);
  }
  return { steps, definite };
}

function findClose(p: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let j = open; j < p.length; j++) {
    const c = p[j]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

function scalar(v: JValue): unknown {
  if (v instanceof JDouble) return v.value;
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/** `@.a.b <op> literal` and `@.a` (exists) filters. */
function compileFilter(expr: string, fail: (m: string) => never): (node: JValue) => boolean {
  const m = /^@((?:\.[\w$-]+|\['[^']*'\])*)\s*(?:(==|!=|<=|>=|<|>)\s*(.+))?$/.exec(expr.trim());
  if (!m) return fail(`unsupported filter ?(${expr})`);
  const path = [...m[1]!.matchAll(/\.([\w$-]+)|\['([^']*)'\]/g)].map((x) => x[1] ?? x[2]!);
  const op = m[2];
  let literal: unknown;
  if (op) {
    const raw = m[3]!.trim();
    if (/^(['"]).*\1$/.test(raw)) literal = raw.slice(1, -1);
    else if (raw === 'true' || raw === 'false') literal = raw === 'true';
    else if (raw === 'null') literal = null;
    else if (!Number.isNaN(Number(raw))) literal = Number(raw);
    else return fail(`unsupported filter value ${raw}`);
  }
  return (node) => {
    let v: JValue | undefined = node;
    for (const k of path) {
      if (!(v instanceof JMap) || !v.has(k)) return false;
      v = v.get(k);
    }
    if (!op) return true;
    const a = scalar(v);
    switch (op) {
      case '==': return a === literal;
      case '!=': return a !== literal;
      case '<': return typeof a === 'number' && typeof literal === 'number' && a < literal;
      case '<=': return typeof a === 'number' && typeof literal === 'number' && a <= literal;
      case '>': return typeof a === 'number' && typeof literal === 'number' && a > literal;
      default: return typeof a === 'number' && typeof literal === 'number' && a >= literal;
    }
  };
}

const NOT_FOUND = Symbol('not found');

function apply(step: Step, node: JValue, out: JValue[], strict: boolean): void {
  switch (step.kind) {
    case 'name':
      if (node instanceof JMap) {
        for (const name of step.names) {
          if (node.has(name)) out.push(node.get(name));
          else if (strict) throw NOT_FOUND;
        }
      } else if (strict) throw NOT_FOUND;
      return;
    case 'index':
      if (node instanceof JList) {
        for (const idx of step.indexes) {
          const j = idx < 0 ? node.items.length + idx : idx;
          if (j >= 0 && j < node.items.length) out.push(node.items[j]!);
          else if (strict) throw NOT_FOUND;
        }
      } else if (strict) throw NOT_FOUND;
      return;
    case 'slice':
      if (node instanceof JList) {
        const len = node.items.length;
        let s = step.start ?? 0;
        let e = step.end ?? len;
        if (s < 0) s = Math.max(0, len + s);
        if (e < 0) e = Math.max(0, len + e);
        out.push(...node.items.slice(s, Math.min(e, len)));
      }
      return;
    case 'wildcard':
      if (node instanceof JList) out.push(...node.items);
      else if (node instanceof JMap) for (const k of node.keys()) out.push(node.get(k));
      return;
    case 'filter':
      if (node instanceof JList) out.push(...node.items.filter(step.test));
      else if (node instanceof JMap && step.test(node)) out.push(node);
      return;
    case 'deep': {
      const visit = (n: JValue) => {
        apply(step.step, n, out, false);
        if (n instanceof JList) n.items.forEach(visit);
        else if (n instanceof JMap) for (const k of n.keys()) visit(n.get(k));
      };
      visit(node);
    }
  }
}

const compiled = new Map<string, { steps: Step[]; definite: boolean }>();

/** Evaluate `path` against `doc`; undefined when a definite path does not resolve. */
export function evaluateJsonPath(doc: JValue, path: string): JValue | undefined {
  let c = compiled.get(path);
  if (!c) {
    c = compile(path);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(path, c);
  }
  const { steps, definite } = c;
  let current: JValue[] = [doc];
  try {
    for (const step of steps) {
      const next: JValue[] = [];
      for (const node of current) apply(step, node, next, definite);
      current = next;
    }
  } catch (err) {
    if (err === NOT_FOUND) return undefined;
    throw err;
  }
  if (definite) return current[0];
  return new JList(current, 'json');
}

