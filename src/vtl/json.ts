import { integral, JBigDecimal, JDouble, JList, JMap, type JValue } from './java.js';

/**
 * JSON read the way json-smart (behind Jayway JsonPath) reads it for API Gateway: objects as
 * LinkedHashMap, arrays as JSONArray, whole numbers as Integer, Long or BigInteger, other
 * numbers as Double. Large integers keep every digit.
 */
export class JsonSyntaxError extends Error {}

const MAX_DEPTH = 512;

export function parseJson(text: string): JValue {
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
  const num = (): JValue => {
    const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    if (m[1] === undefined && m[2] === undefined) return integral(BigInt(m[0]));
    // json-smart: decimals longer than 18 characters keep every digit as BigDecimal.
    return m[0].length > 18 ? JBigDecimal.fromString(m[0]) : new JDouble(Number(m[0]));
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
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    return num();
  };
  const v = value(0);
  ws();
  if (i < n) fail('unexpected text after the JSON value');
  return v;
}
