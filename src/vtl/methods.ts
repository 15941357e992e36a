import { isInteger, JChar, JClass, JDouble, JFloat, JEntry, JList, JMap, type JValue, javaEquals, javaString, javaStringHash, TemplateLimitError, TemplateRuntimeError } from './java.js';
import { booleanMethod, charMethod, numberInstance, numberStatic, stringStatic } from './java-lang.js';
import { JavaRegexError, javaMatches, javaReplace, javaSplit, RegexStackError, RegexTimeoutError, ReplacementError } from '../aws/java-regex.js';

/** The deadline of the render in progress: regular expressions stop when it passes. */
export const runtime = { deadline: Infinity, timeoutMs: 0 };

export { TemplateRuntimeError };

/** What a lookup returns when Velocity finds no such property or method (the null model then applies). */
export const MISSING = Symbol('missing');
export type Lookup = JValue | typeof MISSING;

/** Objects API Gateway puts into the template context (`$input`, `$util`, `$foreach`). */
export interface HostObject {
  javaString(): string;
  property(name: string): Lookup;
  method(name: string, args: JValue[]): Lookup;
}

export function isHost(v: unknown): v is HostObject {
  return typeof v === 'object' && v !== null && typeof (v as HostObject).method === 'function' && typeof (v as HostObject).property === 'function';
}

/** The Java class of a value, as `getClass().getName()` names it. */
export function javaClassName(v: JValue): string {
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'number') return 'java.lang.Integer';
  if (typeof v === 'bigint') return v >= -(2n ** 63n) && v < 2n ** 63n ? 'java.lang.Long' : 'java.math.BigInteger';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (v instanceof JFloat) return 'java.lang.Float';
  if (v instanceof JDouble) return 'java.lang.Double';
  if (v instanceof JChar) return 'java.lang.Character';
  if (v instanceof JList) return v.kind === 'json' ? 'net.minidev.json.JSONArray' : v.kind === 'array' ? '[Ljava.lang.String;' : 'java.util.ArrayList';
  if (v instanceof JMap) return v.kind === 'linked' ? 'java.util.LinkedHashMap' : 'java.util.HashMap';
  if (v instanceof JEntry) return 'java.util.LinkedHashMap$Entry';
  if (v instanceof JClass) return 'java.lang.Class';
  return 'java.math.BigDecimal';
}

/** The largest list a template may build (far below what would exhaust memory here). */
export const MAX_COLLECTION_SIZE = 2_000_000;

const fail = (exception: string, message: string): never => {
  throw new TemplateRuntimeError(`${exception}: ${message}`);
};

/** An `int` argument, as Java's overload resolution would accept it. */
function intArg(v: JValue): number | undefined {
  return isInteger(v) ? v : undefined;
}

function str(v: JValue): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * `$obj.name`: Velocity 1.7 tries `getName()`, then `get("name")` on maps, then `isName()`.
 */
export function getProperty(target: JValue, name: string): Lookup {
  if (target === null || target === undefined) return MISSING;
  // Velocity 1.7 tries getName() before a map's get("name"); of a map's getters only getClass() exists.
  if (target instanceof JMap) return name === 'class' ? new JClass(javaClassName(target)) : target.get(name);
  if (isHost(target)) return target.property(name);
  if (name === 'class') return new JClass(javaClassName(target));
  if (target instanceof JEntry) {
    if (name === 'key') return target.key;
    if (name === 'value') return target.value;
    return MISSING;
  }
  // Zero-argument getters: getFoo() / isFoo().
  const getter = invokeMethod(target, `get${capitalize(name)}`, []);
  if (getter !== MISSING) return getter;
  if (target instanceof JList && target.kind !== 'array' && name === 'empty') return target.items.length === 0;
  if (typeof target === 'string' && name === 'empty') return target.length === 0;
  if (typeof target === 'string' && name === 'bytes') return new JList([...Buffer.from(target, 'utf8')].map((b) => (b << 24) >> 24), 'array');
  return MISSING;
}

/** `$obj.name(args)` on Java strings, lists, maps, entries and numbers. */
export function invokeMethod(target: JValue, name: string, args: JValue[]): Lookup {
  if (target === null || target === undefined) return MISSING;
  if (typeof target !== 'string' && isHost(target)) return target.method(name, args);
  if (name === 'getClass' && args.length === 0) return new JClass(javaClassName(target));
  if (target instanceof JClass) {
    if ((name === 'getName' || name === 'getTypeName') && args.length === 0) return target.name;
    if (name === 'getSimpleName' && args.length === 0) return target.name.replace(/^.*[.$]/, '').replace(/^\[L(.*);$/, '$1[]');
    if (name === 'toString' && args.length === 0) return javaString(target);
    return MISSING;
  }
  if (name === 'toString' && args.length === 0) return javaString(target);
  if (name === 'equals' && args.length === 1) return javaEquals(target, args[0]!);
  if (name === 'hashCode' && args.length === 0 && typeof target === 'string') return javaStringHash(target);
  if (typeof target === 'string') {
    try {
      return stringMethod(target, name, args);
    } catch (err) {
      if (err instanceof JavaRegexError || err instanceof ReplacementError || err instanceof RegexStackError) throw new TemplateRuntimeError(err.message);
      if (err instanceof RegexTimeoutError) throw new TemplateLimitError(err.message);
      throw err;
    }
  }
  if (target instanceof JList) return listMethod(target, name, args);
  if (target instanceof JMap) return mapMethod(target, name, args);
  if (target instanceof JEntry) {
    if (name === 'getKey') return target.key;
    if (name === 'getValue') return target.value;
    return MISSING;
  }
  if (typeof target === 'number' || typeof target === 'bigint' || target instanceof JDouble) return numberInstance(target, name, args) ?? numberStatic(target, name, args) ?? MISSING;
  if (typeof target === 'boolean') return booleanMethod(target, name, args) ?? MISSING;
  if (target instanceof JChar) return charMethod(target, name, args) ?? MISSING;
  return MISSING;
}

function checkRange(s: string, begin: number, end: number): void {
  if (begin < 0 || end > s.length || begin > end) fail('java.lang.StringIndexOutOfBoundsException', `begin ${begin}, end ${end}, length ${s.length}`);
}

function stringMethod(s: string, name: string, args: JValue[]): Lookup {
  const [a, b] = args;
  const n = args.length;
  switch (name) {
    case 'length': return n === 0 ? s.length : MISSING;
    case 'isEmpty': return n === 0 ? s.length === 0 : MISSING;
    case 'trim': return n === 0 ? s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '') : MISSING;
    case 'toUpperCase': return s.toUpperCase();
    case 'toLowerCase': return s.toLowerCase();
    case 'concat': return str(a!) !== undefined ? s + a : MISSING;
    // contains(CharSequence): an Integer or a Character is no CharSequence, so no method applies.
    case 'contains': return n === 1 && typeof a === 'string' ? s.includes(a) : MISSING;
    case 'startsWith': return str(a!) !== undefined ? (n === 2 && intArg(b!) !== undefined ? s.startsWith(a as string, b as number) : s.startsWith(a as string)) : MISSING;
    case 'endsWith': return str(a!) !== undefined ? s.endsWith(a as string) : MISSING;
    case 'equalsIgnoreCase': return n === 1 ? typeof a === 'string' && a.length === s.length && foldCase(a) === foldCase(s) : MISSING;
    case 'indexOf':
    case 'lastIndexOf': {
      const needle = typeof a === 'string' ? a : isInteger(a) ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, a))) : a instanceof JChar ? a.c : undefined;
      if (needle === undefined) return MISSING;
      const from = n === 2 ? intArg(b!) : undefined;
      if (name === 'indexOf') return from === undefined ? s.indexOf(needle) : s.indexOf(needle, Math.max(0, from));
      return from === undefined ? s.lastIndexOf(needle) : from < 0 ? -1 : s.lastIndexOf(needle, from);
    }
    case 'charAt': {
      const i = intArg(a!);
      if (i === undefined) return MISSING;
      if (i < 0 || i >= s.length) fail('java.lang.StringIndexOutOfBoundsException', `index ${i}, length ${s.length}`);
      return new JChar(s[i]!);
    }
    case 'substring': {
      const begin = intArg(a!);
      const end = n === 2 ? intArg(b!) : s.length;
      if (begin === undefined || end === undefined || n > 2) return MISSING;
      checkRange(s, begin, end);
      return s.slice(begin, end);
    }
    case 'replace': {
      if (n !== 2) return MISSING;
      // String.replace(CharSequence, CharSequence): an empty target matches between every character.
      if (javaString(a!) === '') return javaString(b!) + [...s].join(javaString(b!)) + (s.length ? javaString(b!) : '');
      return s.split(javaString(a!)).join(javaString(b!));
    }
    case 'replaceAll':
    case 'replaceFirst':
      if (str(a!) === undefined || str(b!) === undefined) return MISSING;
      return javaReplace(s, a as string, b as string, name === 'replaceAll', runtime);
    case 'matches': return str(a!) !== undefined ? javaMatches(s, a as string, runtime) : MISSING;
    case 'split': {
      if (str(a!) === undefined) return MISSING;
      const limit = n === 2 ? intArg(b!) : 0;
      if (limit === undefined) return MISSING;
      return new JList(javaSplit(s, a as string, limit, runtime), 'array');
    }
    case 'compareTo': return n === 1 && typeof a === 'string' ? compareStrings(s, a) : MISSING;
    case 'compareToIgnoreCase': return n === 1 && typeof a === 'string' ? compareStrings(foldCase(s), foldCase(a)) : MISSING;
    case 'contentEquals': return n === 1 && typeof a === 'string' ? s === a : MISSING;
    case 'regionMatches': {
      // regionMatches([boolean ignoreCase,] int toffset, String other, int ooffset, int len)
      const [ignore, rest] = typeof a === 'boolean' ? [a, args.slice(1)] : [false, args];
      if (rest.length !== 4 || !isInteger(rest[0]) || typeof rest[1] !== 'string' || !isInteger(rest[2]) || !isInteger(rest[3])) return MISSING;
      const [to, other, oo, len] = rest as [number, string, number, number];
      if (to < 0 || oo < 0 || to > s.length - len || oo > other.length - len) return false;
      const x = s.slice(to, to + Math.max(0, len));
      const y = other.slice(oo, oo + Math.max(0, len));
      return ignore ? foldCase(x) === foldCase(y) : x === y;
    }
    case 'codePointAt':
    case 'codePointBefore': {
      const i = intArg(a!);
      if (i === undefined || n !== 1) return MISSING;
      const at = name === 'codePointAt' ? i : i - 1;
      if (at < 0 || at >= s.length) fail('java.lang.StringIndexOutOfBoundsException', `index ${i}, length ${s.length}`);
      if (name === 'codePointAt') return s.codePointAt(at)!;
      const lo = s.charCodeAt(at);
      return lo >= 0xdc00 && lo <= 0xdfff && at > 0 && s.charCodeAt(at - 1) >= 0xd800 && s.charCodeAt(at - 1) <= 0xdbff ? s.codePointAt(at - 1)! : lo;
    }
    case 'codePointCount': {
      if (n !== 2 || !isInteger(a) || !isInteger(b)) return MISSING;
      if (a < 0 || b > s.length || a > b) fail('java.lang.IndexOutOfBoundsException', `begin ${a}, end ${b}, length ${s.length}`);
      return [...s.slice(a, b)].length;
    }
    case 'subSequence': {
      if (n !== 2 || !isInteger(a) || !isInteger(b)) return MISSING;
      checkRange(s, a, b);
      return s.slice(a, b);
    }
    case 'getBytes': return new JList([...Buffer.from(s, 'utf8')].map((x) => (x << 24) >> 24), 'array');
    case 'intern': return n === 0 ? s : MISSING;
    default: return stringStatic(name, args) ?? MISSING;
  }
}

/** String.compareToIgnoreCase / equalsIgnoreCase fold each char to upper, then lower case. */
function foldCase(s: string): string {
  let out = '';
  for (const c of s) {
    const u = c.length === 1 && c.toUpperCase().length === 1 ? c.toUpperCase() : c;
    out += u.length === 1 && u.toLowerCase().length === 1 ? u.toLowerCase() : u;
  }
  return out;
}

function compareStrings(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
  return a.length - b.length;
}

function checkIndex(i: number, size: number): void {
  if (i < 0 || i >= size) fail('java.lang.IndexOutOfBoundsException', `Index ${i} out of bounds for length ${size}`);
}

function listMethod(l: JList, name: string, args: JValue[]): Lookup {
  const [a, b] = args;
  const n = args.length;
  const items = l.items;
  const fixed = l.kind === 'array';
  switch (name) {
    case 'size': return n === 0 ? items.length : MISSING;
    case 'isEmpty': return n === 0 ? items.length === 0 : MISSING;
    case 'get': {
      const i = intArg(a!);
      if (i === undefined || n !== 1) return MISSING;
      checkIndex(i, items.length);
      return items[i] ?? null;
    }
    case 'contains': return n === 1 ? items.some((x) => javaEquals(x, a!)) : MISSING;
    case 'indexOf': return n === 1 ? items.findIndex((x) => javaEquals(x, a!)) : MISSING;
    case 'lastIndexOf': {
      if (n !== 1) return MISSING;
      for (let i = items.length - 1; i >= 0; i--) if (javaEquals(items[i]!, a!)) return i;
      return -1;
    }
    case 'containsAll': return n === 1 && a instanceof JList ? a.items.every((y) => items.some((x) => javaEquals(x, y))) : MISSING;
    case 'subList': {
      if (n !== 2 || !isInteger(a) || !isInteger(b)) return MISSING;
      if (a < 0 || b > items.length || a > b) fail('java.lang.IndexOutOfBoundsException', `fromIndex: ${a}, toIndex: ${b}, size: ${items.length}`);
      return new JList(items.slice(a, b));
    }
    case 'removeAll':
    case 'retainAll': {
      if (fixed) fail('java.lang.UnsupportedOperationException', name);
      if (n !== 1 || !(a instanceof JList)) return MISSING;
      const keep = items.filter((x) => a.items.some((y) => javaEquals(x, y)) === (name === 'retainAll'));
      const changed = keep.length !== items.length;
      items.length = 0;
      for (const x of keep) items.push(x);
      return changed;
    }
    case 'add':
      if (fixed) fail('java.lang.UnsupportedOperationException', 'add');
      if (items.length >= MAX_COLLECTION_SIZE) fail('java.lang.OutOfMemoryError', `a list grew past ${MAX_COLLECTION_SIZE} items`);
      if (n === 1) return items.push(a!), true;
      if (n === 2 && intArg(a!) !== undefined) {
        if ((a as number) < 0 || (a as number) > items.length) checkIndex(a as number, items.length);
        items.splice(a as number, 0, b!);
        return null;
      }
      return MISSING;
    case 'set': {
      const i = intArg(a!);
      if (i === undefined || n !== 2) return MISSING;
      checkIndex(i, items.length);
      const previous = items[i]!;
      items[i] = b!;
      return previous;
    }
    case 'remove': {
      if (fixed) fail('java.lang.UnsupportedOperationException', 'remove');
      const i = intArg(a!);
      if (i !== undefined) {
        checkIndex(i, items.length);
        return items.splice(i, 1)[0]!;
      }
      const at = items.findIndex((x) => javaEquals(x, a!));
      if (at >= 0) items.splice(at, 1);
      return at >= 0;
    }
    case 'addAll': {
      if (fixed) fail('java.lang.UnsupportedOperationException', 'addAll');
      if (!(a instanceof JList)) return MISSING;
      // ArrayList.addAll copies the argument first, so a list added to itself doubles.
      const added = a.items.slice();
      if (items.length + added.length > MAX_COLLECTION_SIZE) fail('java.lang.OutOfMemoryError', `a list grew past ${MAX_COLLECTION_SIZE} items`);
      for (const x of added) items.push(x);
      return added.length > 0;
    }
    case 'clear': return (items.length = 0), null;
    case 'toJSONString': return l.kind === 'json' ? javaString(l) : MISSING;
    default: return MISSING;
  }
}

function mapMethod(m: JMap, name: string, args: JValue[]): Lookup {
  const [a, b] = args;
  const n = args.length;
  const key = (v: JValue) => (typeof v === 'string' ? v : javaString(v));
  switch (name) {
    case 'get': return n === 1 ? m.get(key(a!)) : MISSING;
    case 'put': return n === 2 ? m.put(key(a!), b!) : MISSING;
    case 'containsKey': return n === 1 ? m.has(key(a!)) : MISSING;
    case 'remove': return n === 1 ? m.remove(key(a!)) : MISSING;
    case 'size': return n === 0 ? m.size : MISSING;
    case 'isEmpty': return n === 0 ? m.size === 0 : MISSING;
    case 'keySet': return new JList(m.keys());
    case 'values': return new JList(m.keys().map((k) => m.get(k)));
    case 'entrySet': return new JList(m.keys().map((k) => new JEntry(k, m.get(k))));
    case 'putAll':
      if (a instanceof JMap) for (const k of a.keys()) m.put(k, a.get(k));
      return a instanceof JMap ? null : MISSING;
    case 'clear': return m.entries.clear(), null;
    case 'getOrDefault': return n === 2 ? (m.has(key(a!)) ? m.get(key(a!)) : b!) : MISSING;
    case 'putIfAbsent': {
      if (n !== 2) return MISSING;
      const old = m.get(key(a!));
      if (old === null) m.put(key(a!), b!);
      return old;
    }
    case 'replace': return n === 2 ? (m.has(key(a!)) ? m.put(key(a!), b!) : null) : MISSING;
    case 'containsValue': return n === 1 ? [...m.entries.values()].some((v) => javaEquals(v, a!)) : MISSING;
    default: return MISSING;
  }
}
