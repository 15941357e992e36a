/**
 * The Java values a mapping template works with, and their Java behaviour: `toString`,
 * `equals`, `hashCode` and `java.util.HashMap` iteration order. API Gateway runs Apache
 * Velocity on the JVM, so `{a=1}`, `1.0E21` and HashMap key order are what users see.
 */

import { JBigDecimal } from './bigdecimal.js';

export { JBigDecimal };

/** A Java exception thrown inside a template method: API Gateway answers 500, we report it. */
export class TemplateRuntimeError extends Error {}

/** A limit of the render (time, output size, nesting) was reached. */
export class TemplateLimitError extends Error {}

/** How deep toString/equals/JSON follow nested collections before Java's stack would overflow. */
const MAX_VALUE_DEPTH = 1000;

function tooDeep(): never {
  throw new TemplateRuntimeError('java.lang.StackOverflowError: a collection nested in itself too deeply to print or compare');
}

/** A `java.lang.Character` (what `String.charAt` returns). */
export class JChar {
  constructor(readonly c: string) {}
}

/** A `java.lang.Class`, from `$x.class` or `$x.getClass()`: only its names can be read. */
export class JClass {
  constructor(readonly name: string) {}
}

/** A `java.lang.Double`. Integers are JS numbers (Integer) or bigints (Long, BigInteger). */
export class JDouble {
  constructor(readonly value: number) {}
}

/** A `java.lang.Float` (from `floatValue()`); arithmetic treats it as a double, as Velocity does. */
export class JFloat extends JDouble {}

/** `Float.toString(f)`: the shortest decimal that reads back as the same float. */
export function javaFloat(f: number): string {
  if (!Number.isFinite(f) || f === 0) return javaDouble(f);
  let digits = '';
  for (let p = 1; p <= 9; p++) {
    digits = f.toPrecision(p);
    if (Math.fround(Number(digits)) === f) break;
  }
  return javaDouble(Number(digits));
}

/** `java.util.ArrayList`, json-smart `JSONArray` (prints as JSON) or a Java array (`String[]`). */
export class JList {
  constructor(
    readonly items: JValue[],
    readonly kind: 'list' | 'json' | 'array' = 'list',
  ) {}
}

export type MapKind = 'linked' | 'hash' | 'opaque';

/**
 * `java.util.LinkedHashMap` (insertion order), `java.util.HashMap` (hash order), or the
 * HashMap API Gateway nests inside `$context`, whose `toString()` is empty.
 */
export class JMap {
  private map: Map<string, JValue> | undefined;
  /**
   * Entries not yet in `map`: an object's own properties, in order (`ofRecord`). They move to
   * `map` on the first change or walk, so that a map most requests only read costs one object literal.
   */
  private record: Record<string, JValue> | undefined;
  /** HashMap bucket count: grows with the map, never shrinks (java.util.HashMap). */
  private capacity = 16;

  constructor(readonly kind: MapKind = 'linked') {}

  /**
   * A map of the record's own properties, in their order: the record must have no integer-like
   * keys (an object lists those first) and is the map's own from then on.
   */
  static ofRecord(kind: MapKind, record: Record<string, JValue>): JMap {
    const m = new JMap(kind);
    m.record = record;
    return m;
  }

  /** The entries in insertion order. */
  get entries(): Map<string, JValue> {
    let map = this.map;
    if (map === undefined) {
      map = this.map = new Map();
      const record = this.record;
      if (record !== undefined) {
        this.record = undefined;
        for (const k in record) map.set(k, record[k]!);
        this.grow();
      }
    }
    return map;
  }

  private grow(): void {
    if (this.kind !== 'linked') while (this.map!.size > this.capacity * 0.75) this.capacity *= 2;
  }

  get(key: string): JValue {
    const record = this.record;
    if (record !== undefined) return Object.hasOwn(record, key) ? record[key]! : null;
    return this.map?.get(key) ?? null;
  }

  has(key: string): boolean {
    const record = this.record;
    if (record !== undefined) return Object.hasOwn(record, key);
    return this.map?.has(key) ?? false;
  }

  /** `put`: returns the previous value (null when there was none). */
  put(key: string, value: JValue): JValue {
    const entries = this.entries;
    const previous = entries.get(key);
    entries.set(key, value);
    this.grow();
    return previous ?? null;
  }

  /** `put` of a key known to be new, without returning the previous value (building maps from JSON). */
  add(key: string, value: JValue): void {
    this.entries.set(key, value);
  }

  remove(key: string): JValue {
    const entries = this.entries;
    const previous = entries.get(key);
    entries.delete(key);
    return previous ?? null;
  }

  get size(): number {
    if (this.map === undefined && this.record === undefined) return 0;
    return this.entries.size;
  }

  /** Keys in Java iteration order. */
  keys(): string[] {
    if (this.size === 0) return [];
    const keys = [...this.entries.keys()];
    if (this.kind === 'linked') return keys;
    const mask = this.capacity - 1;
    const bucket = new Map(keys.map((k) => [k, spreadHash(javaStringHash(k)) & mask]));
    // Within a bucket, entries keep insertion order (resizes split chains without reordering).
    return keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => bucket.get(a[0])! - bucket.get(b[0])! || a[1] - b[1])
      .map(([k]) => k);
  }
}

/** A `Map.Entry` from `entrySet()`. */
export class JEntry {
  constructor(
    readonly key: string,
    readonly value: JValue,
  ) {}
}

export type JValue = null | string | number | bigint | boolean | JDouble | JBigDecimal | JList | JMap | JEntry | JChar | object;

/** `String.hashCode()`. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** `HashMap.hash()`: the high bits spread into the low ones. */
function spreadHash(h: number): number {
  return (h ^ (h >>> 16)) >>> 0;
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

export function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= INT_MIN && v <= INT_MAX;
}

export function isNumber(v: unknown): v is number | bigint | JDouble | JBigDecimal {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JDouble || v instanceof JBigDecimal;
}

/** An integral result in the narrowest of Integer and Long that holds it (Velocity 1.7 MathUtils). */
export function integral(v: bigint): number | bigint {
  return v >= BigInt(INT_MIN) && v <= BigInt(INT_MAX) ? Number(v) : v;
}

/** `Double.toString(d)`: `1000.0`, `0.001`, `1.0E7`, `1.0E-4`, `1.0E21`. */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exp] = d.toExponential().split('e') as [string, string];
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exp.replace('+', '')}`;
}

/** json-smart's string escaping: `" \ /`, control characters, U+007F–U+009F and U+2000–U+20FF. */
export function jsonSmartString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = s.charCodeAt(i);
    switch (c) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '/': out += '\\/'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      default:
        if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x2000 && code <= 0x20ff)) {
          out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
        } else out += c;
    }
  }
  return out + '"';
}

/** json-smart `toJSONString` (compact, the style `$input.json` and JSONArray print in). */
export function toJson(v: JValue, depth = 0): string {
  if (depth > MAX_VALUE_DEPTH) tooDeep();
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonSmartString(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof JDouble) return Number.isFinite(v.value) ? javaDouble(v.value) : 'null';
  if (v instanceof JBigDecimal) return v.toString();
  if (v instanceof JList) return '[' + v.items.map((x) => toJson(x, depth + 1)).join(',') + ']';
  if (v instanceof JMap) return '{' + v.keys().map((k) => `${jsonSmartString(k)}:${toJson(v.get(k), depth + 1)}`).join(',') + '}';
  if (v instanceof JEntry) return `{${jsonSmartString(v.key)}:${toJson(v.value, depth + 1)}}`;
  return jsonSmartString(javaString(v));
}

/** `String.valueOf(v)`: how Java prints a value. `null` prints as "null" inside collections. */
export function javaString(v: JValue, depth = 0): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return 'null';
  if (depth > MAX_VALUE_DEPTH) tooDeep();
  if (v instanceof JChar) return v.c;
  if (v instanceof JClass) return `class ${v.name}`;
  if (v instanceof JFloat) return javaFloat(v.value);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof JDouble) return javaDouble(v.value);
  if (v instanceof JBigDecimal) return v.toString();
  if (v instanceof JList) {
    if (v.kind === 'json') return toJson(v, depth);
    if (v.kind === 'array') return `[Ljava.lang.String;@${(javaStringHash(v.items.map(String).join('\u0000')) >>> 0).toString(16)}`;
    // AbstractCollection.toString: a list that holds itself prints "(this Collection)" there.
    return '[' + v.items.map((x) => (x === v ? '(this Collection)' : javaString(x, depth + 1))).join(', ') + ']';
  }
  if (v instanceof JMap) {
    if (v.kind === 'opaque') return '';
    return '{' + v.keys().map((k) => { const x = v.get(k); return `${k}=${x === v ? '(this Map)' : javaString(x, depth + 1)}`; }).join(', ') + '}';
  }
  if (v instanceof JEntry) return `${v.key}=${javaString(v.value, depth + 1)}`;
  const named = (v as { javaString?: () => string }).javaString;
  return typeof named === 'function' ? named.call(v) : '';
}

/** `Object.equals` between two values of the same kind. */
export function javaEquals(a: JValue, b: JValue, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_VALUE_DEPTH) tooDeep();
  if (a instanceof JChar && b instanceof JChar) return a.c === b.c;
  if (a instanceof JDouble && b instanceof JDouble) return a.value === b.value;
  if (a instanceof JBigDecimal && b instanceof JBigDecimal) return a.unscaled === b.unscaled && a.scale === b.scale;
  if (typeof a === 'bigint' || typeof b === 'bigint') return typeof a === typeof b && a === b;
  if (a instanceof JList && b instanceof JList) return a.items.length === b.items.length && a.items.every((x, i) => javaEquals(x, b.items[i]!, depth + 1));
  if (a instanceof JMap && b instanceof JMap) return a.size === b.size && [...a.entries].every(([k, v]) => b.has(k) && javaEquals(v, b.get(k), depth + 1));
  if (a instanceof JEntry && b instanceof JEntry) return a.key === b.key && javaEquals(a.value, b.value, depth + 1);
  return false;
}
