import { integral, JBigDecimal, JDouble, JList, JMap, type JValue } from './java.js';

/**
 * JSON read the way json-smart (behind Jayway JsonPath) reads it for API Gateway: objects as
 * LinkedHashMap, arrays as JSONArray, whole numbers as Integer, Long or BigInteger, other
 * numbers as Double. Large integers keep every digit.
 */
export class JsonSyntaxError extends Error {}

const MAX_DEPTH = 512;

/**
 * Native JSON.parse is many times faster; its result is the same whenever the text has no
 * decimals (JavaScript cannot tell 3.0 from 3), no integer-like keys (JavaScript objects put them
 * first) and no long digit runs (which may be Longs). Anything else goes through the reader below.
 */
const NEEDS_JAVA_READER = /\d[.eE]|\d{10}|"\d+"\s*:/;

function fromNative(v: unknown, depth = 0): JValue {
  if (v === null || typeof v !== 'object') return v as JValue;
  if (depth > MAX_DEPTH) throw new JsonSyntaxError('nesting too deep');
  if (Array.isArray(v)) {
    const items: JValue[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) items[i] = fromNative(v[i], depth + 1);
    return new JList(items, 'json');
  }
  const m = new JMap('linked');
  for (const k in v as Record<string, unknown>) m.add(k, fromNative((v as Record<string, unknown>)[k], depth + 1));
  return m;
}

/** Parsed native values of recent texts: the same event is often rendered many times. Never mutated. */
const recent = new Map<string, { native: unknown } | null>();

export function parseJson(text: string): JValue {
  let hit = recent.get(text);
  if (hit === undefined) {
    hit = null;
    if (!NEEDS_JAVA_READER.test(text)) {
      try {
        hit = { native: JSON.parse(text) };
      } catch {
        // Not strict JSON (single quotes, …): json-smart's permissive reading below.
      }
    }
    if (text.length < 1_000_000) {
      if (recent.size >= 32) recent.delete(recent.keys().next().value!);
      recent.set(text, hit);
    }
  }
  // A fresh tree each time: templates may change what $input.path returns.
  return hit ? fromNative(hit.native) : parseJsonJava(text);
}

function parseJsonJava(text: string): JValue {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at position ${i}`);
  };
  const str = (): string => {
    const quote = text[i]!;
    i++;
    // Fast path: no escapes before the closing quote.
    const q = quote.charCodeAt(0);
    for (let j = i; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === q) {
        const out = text.slice(i, j);
        i = j + 1;
        return out;
      }
      if (c === 0x5c) break;
    }
    let out = '';
    let start = i;
    while (i < n) {
      const c = text[i]!;
      if (c === quote) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c === '\\') {
        out += text.slice(start, i);
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'u': {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          case undefined: fail('unterminated string'); break;
          default: out += e;
        }
        start = i;
      } else i++;
    }
    return fail('unterminated string');
  };
  const digits = () => {
    const from = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i > from;
  };
  const num = (): JValue => {
    const start = i;
    if (text[i] === '-') i++;
    if (!digits()) return fail('unexpected character');
    let decimal = false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return fail('bad number');
      decimal = true;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return fail('bad number');
      decimal = true;
    }
    const raw = text.slice(start, i);
    if (!decimal) {
      if (raw.length < 10) return Number(raw);
      return integral(BigInt(raw));
    }
    // json-smart: decimals longer than 18 characters keep every digit as BigDecimal.
    return raw.length > 18 ? JBigDecimal.fromString(raw) : new JDouble(Number(raw));
  };
  const value = (depth: number): JValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const map = new JMap('linked');
      ws();
      if (text[i] === '}') {
        i++;
        return map;
      }
      for (;;) {
        ws();
        if (text[i] !== '"' && text[i] !== "'") fail('expected a key');
        const key = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        map.put(key, value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return map;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: JValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return new JList(items, 'json');
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return new JList(items, 'json');
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"' || c === "'") return str();
    if (c === 't' && text.startsWith('true', i)) return (i += 4), true;
    if (c === 'f' && text.startsWith('false', i)) return (i += 5), false;
    if (c === 'n' && text.startsWith('null', i)) return (i += 4), null;
    return num();
  };
  const v = value(0);
  ws();
  if (i < n) fail('unexpected text after the JSON value');
  return v;
}
