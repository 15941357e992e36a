import { integral, isInteger, javaDouble, javaString, JChar, JDouble, JFloat, JList, JMap, type JValue, TemplateRuntimeError } from './java.js';

/**
 * The rest of java.lang a template reaches: static methods called through an instance (Velocity
 * 1.7 finds `Integer.parseInt` on any Integer, so `#set($Integer = 0)$Integer.parseInt("42")`
 * is a common idiom), `String.format/valueOf/join`, Character and Boolean methods, and the
 * Number conversions. `undefined` means "no such method for these argument types" (Velocity
 * then gives null); Java exceptions are thrown as `TemplateRuntimeError` with Java's name.
 */

const fail = (exception: string, message: string): never => {
  throw new TemplateRuntimeError(`${exception}: ${message}`);
};

const isLong = (v: JValue): v is number | bigint => typeof v === 'number' || (typeof v === 'bigint' && v >= -(2n ** 63n) && v < 2n ** 63n);
const isNum = (v: JValue): v is number | bigint | JDouble => typeof v === 'number' || typeof v === 'bigint' || v instanceof JDouble;
const numValue = (v: number | bigint | JDouble): number => (v instanceof JDouble ? v.value : Number(v));

function numberFormat(s: string): never {
  return fail('java.lang.NumberFormatException', `For input string: "${s}"`);
}

/** `Integer.parseInt(s, radix)` (and Long's): an optional sign, then digits of the radix only. */
function parseIntegral(s: JValue, radix: number, bits: 32 | 64): number | bigint {
  if (typeof s !== 'string') return fail('java.lang.NumberFormatException', 'null');
  if (!/^[+-]?[0-9a-zA-Z]+$/.test(s)) numberFormat(s);
  const neg = s.startsWith('-');
  const digits = s.replace(/^[+-]/, '');
  let v = 0n;
  for (const d of digits.toLowerCase()) {
    const n = parseInt(d, 36);
    if (Number.isNaN(n) || n >= radix) numberFormat(s);
    v = v * BigInt(radix) + BigInt(n);
  }
  if (neg) v = -v;
  const max = bits === 32 ? 2n ** 31n : 2n ** 63n;
  if (v >= max || v < -max) numberFormat(s);
  return bits === 32 ? Number(v) : v;
}

/** `Double.parseDouble`: Java's FloatingDecimal syntax (blanks trimmed, d/f suffixes, hex floats left out). */
function parseDouble(s: JValue): JDouble {
  if (typeof s !== 'string') return fail('java.lang.NullPointerException', 'null');
  const t = s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (/^[+-]?(NaN|Infinity)$/.test(t)) return new JDouble(Number(t.replace('+', '')));
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?$/.test(t)) fail('java.lang.NumberFormatException', t === '' ? 'empty String' : `For input string: "${s}"`);
  return new JDouble(Number(t.replace(/[fFdD]$/, '')));
}

function radixString(v: number | bigint, radix: number, unsignedBits?: 32 | 64): string {
  let b = BigInt(v);
  if (unsignedBits && b < 0n) b += 2n ** BigInt(unsignedBits);
  return b.toString(radix);
}

/** Static methods of java.lang.Integer / Long / Double reachable through an instance. */
export function numberStatic(target: number | bigint | JDouble, name: string, args: JValue[]): JValue | undefined {
  const [a, b] = args;
  const n = args.length;
  const isInt = typeof target === 'number';
  const isLongTarget = typeof target === 'bigint';
  if (isInt || isLongTarget) {
    const bits = isInt ? 32 : 64;
    switch (name) {
      case isInt ? 'parseInt' : 'parseLong':
        if (n === 1 && typeof a === 'string') return parseIntegral(a, 10, bits);
        if (n === 2 && typeof a === 'string' && isInteger(b)) return parseIntegral(a, b, bits);
        return undefined;
      case 'valueOf':
        if (n === 1 && typeof a === 'string') return parseIntegral(a, 10, bits);
        if (n === 1 && (isInt ? isInteger(a) : isLong(a))) return a;
        if (n === 2 && typeof a === 'string' && isInteger(b)) return parseIntegral(a, b, bits);
        return undefined;
      case 'toString':
        if (n === 1 && (isInt ? isInteger(a) : isLong(a))) return String(a);
        if (n === 2 && (isInt ? isInteger(a) : isLong(a)) && isInteger(b)) return radixString(a as number, b >= 2 && b <= 36 ? b : 10);
        return undefined;
      case 'toHexString':
      case 'toBinaryString':
      case 'toOctalString':
        if (n === 1 && (isInt ? isInteger(a) : isLong(a))) return radixString(a as number, name === 'toHexString' ? 16 : name === 'toBinaryString' ? 2 : 8, bits);
        return undefined;
      case 'max':
      case 'min':
      case 'sum':
      case 'compare':
        if (n === 2 && (isInt ? isInteger(a) && isInteger(b) : isLong(a) && isLong(b))) {
          const x = BigInt(a as number);
          const y = BigInt(b as number);
          if (name === 'max') return integral(x > y ? x : y);
          if (name === 'min') return integral(x < y ? x : y);
          if (name === 'compare') return x < y ? -1 : x > y ? 1 : 0;
          const sum = isInt ? BigInt.asIntN(32, x + y) : BigInt.asIntN(64, x + y);
          return isInt ? Number(sum) : sum;
        }
        return undefined;
      case 'signum':
        if (n === 1 && (isInt ? isInteger(a) : isLong(a))) return Math.sign(Number(a));
        return undefined;
      default: return undefined;
    }
  }
  switch (name) {
    case 'parseDouble': return n === 1 ? parseDouble(a!) : undefined;
    case 'valueOf':
      if (n === 1 && typeof a === 'string') return parseDouble(a);
      if (n === 1 && isNum(a!)) return new JDouble(numValue(a as number));
      return undefined;
    case 'toString': return n === 1 && isNum(a!) ? javaDouble(numValue(a as number)) : undefined;
    case 'isNaN': return n === 1 && isNum(a!) ? Number.isNaN(numValue(a as number)) : n === 0 ? Number.isNaN((target as JDouble).value) : undefined;
    case 'isInfinite': return n === 1 && isNum(a!) ? Math.abs(numValue(a as number)) === Infinity : n === 0 ? Math.abs((target as JDouble).value) === Infinity : undefined;
    case 'max':
    case 'min':
    case 'sum':
    case 'compare':
      if (n === 2 && isNum(a!) && isNum(b!)) {
        const x = numValue(a as number);
        const y = numValue(b as number);
        if (name === 'compare') return x < y ? -1 : x > y ? 1 : 0;
        return new JDouble(name === 'max' ? Math.max(x, y) : name === 'min' ? Math.min(x, y) : x + y);
      }
      return undefined;
    default: return undefined;
  }
}

/** Number's instance conversions and comparisons. */
export function numberInstance(v: number | bigint | JDouble, name: string, args: JValue[]): JValue | undefined {
  const n = args.length;
  const num = numValue(v);
  const toLong = (): bigint => (v instanceof JDouble ? (Number.isNaN(num) ? 0n : num >= 2 ** 63 ? 2n ** 63n - 1n : num <= -(2 ** 63) ? -(2n ** 63n) : BigInt(Math.trunc(num))) : BigInt.asIntN(64, BigInt(v)));
  if (n === 0) {
    switch (name) {
      case 'intValue': return v instanceof JDouble ? (Number.isNaN(num) ? 0 : num >= 2147483647 ? 2147483647 : num <= -2147483648 ? -2147483648 : Math.trunc(num)) : Number(BigInt.asIntN(32, BigInt(v)));
      case 'longValue': return integral(toLong());
      case 'shortValue': return Number(BigInt.asIntN(16, v instanceof JDouble ? BigInt(Math.trunc(Number.isNaN(num) ? 0 : Math.max(-2147483648, Math.min(2147483647, num)))) : BigInt(v)));
      case 'byteValue': return Number(BigInt.asIntN(8, v instanceof JDouble ? BigInt(Math.trunc(Number.isNaN(num) ? 0 : Math.max(-2147483648, Math.min(2147483647, num)))) : BigInt(v)));
      case 'doubleValue': return new JDouble(num);
      case 'floatValue': return new JFloat(Math.fround(num));
      case 'hashCode': return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(BigInt.asIntN(32, v ^ (v >> 32n))) : undefined;
      default: return undefined;
    }
  }
  if (n === 1 && name === 'compareTo') {
    const o = args[0]!;
    // Integer.compareTo(Integer), Long.compareTo(Long), Double.compareTo(Double): same class only.
    if (typeof v === 'number' ? typeof o === 'number' : typeof v === 'bigint' ? typeof o === 'bigint' || typeof o === 'number' : o instanceof JDouble) {
      const x = numValue(o as number);
      return num < x ? -1 : num > x ? 1 : 0;
    }
  }
  return undefined;
}

/** java.lang.Character, instance and static methods (statics take a char). */
export function charMethod(c: JChar, name: string, args: JValue[]): JValue | undefined {
  const n = args.length;
  if (n === 0) {
    switch (name) {
      case 'charValue': return c;
      case 'hashCode': return c.c.charCodeAt(0);
      default: return undefined;
    }
  }
  const a = args[0]!;
  if (n === 1 && name === 'compareTo') return a instanceof JChar ? c.c.charCodeAt(0) - a.c.charCodeAt(0) : undefined;
  if (n !== 1) return undefined;
  // Statics take a char (a Character) or, for most, an int code point.
  const cp = a instanceof JChar ? a.c.charCodeAt(0) : isInteger(a) ? a : undefined;
  if (cp === undefined) return undefined;
  const ch = String.fromCodePoint(Math.max(0, Math.min(0x10ffff, cp)));
  const test = (re: RegExp) => re.test(ch);
  switch (name) {
    case 'isDigit': return test(/^\p{Nd}$/u);
    case 'isLetter': return test(/^\p{L}$/u);
    case 'isLetterOrDigit': return test(/^[\p{L}\p{Nd}]$/u);
    case 'isAlphabetic': return test(/^\p{Alphabetic}$/u);
    case 'isUpperCase': return test(/^\p{Uppercase}$/u);
    case 'isLowerCase': return test(/^\p{Lowercase}$/u);
    case 'isWhitespace': return (test(/^\p{Z}$/u) && cp !== 0xa0 && cp !== 0x2007 && cp !== 0x202f) || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    case 'isSpaceChar': return test(/^\p{Z}$/u);
    case 'toUpperCase': {
      const u = ch.toUpperCase();
      const r = u.length === ch.length ? u : ch;
      return a instanceof JChar ? new JChar(r) : r.codePointAt(0)!;
    }
    case 'toLowerCase': {
      const l = ch.toLowerCase();
      const r = l.length === ch.length ? l : ch;
      return a instanceof JChar ? new JChar(r) : r.codePointAt(0)!;
    }
    case 'getNumericValue': return /^[0-9]$/.test(ch) ? Number(ch) : /^[a-zA-Z]$/.test(ch) ? parseInt(ch, 36) : -1;
    case 'valueOf': return a instanceof JChar ? a : undefined;
    case 'toString': return a instanceof JChar ? a.c : undefined;
    default: return undefined;
  }
}

/** java.lang.Boolean. */
export function booleanMethod(v: boolean, name: string, args: JValue[]): JValue | undefined {
  const n = args.length;
  const a = args[0];
  switch (name) {
    case 'booleanValue': return n === 0 ? v : undefined;
    case 'hashCode': return n === 0 ? (v ? 1231 : 1237) : undefined;
    case 'compareTo': return n === 1 && typeof a === 'boolean' ? (v === a ? 0 : v ? 1 : -1) : undefined;
    case 'parseBoolean': return n === 1 && (typeof a === 'string' || a === null) ? typeof a === 'string' && a.toLowerCase() === 'true' : undefined;
    case 'valueOf': return n === 1 && typeof a === 'string' ? a.toLowerCase() === 'true' : n === 1 && typeof a === 'boolean' ? a : undefined;
    case 'toString': return n === 1 && typeof a === 'boolean' ? String(a) : undefined;
    default: return undefined;
  }
}

/** Static methods of java.lang.String reachable through a string: valueOf, format, join. */
export function stringStatic(name: string, args: JValue[]): JValue | undefined {
  const n = args.length;
  const [a] = args;
  switch (name) {
    case 'valueOf':
    case 'copyValueOf':
      if (n === 1 && name === 'valueOf') return a === null ? 'null' : javaString(a!);
      return undefined;
    case 'format':
      if (n >= 1 && typeof a === 'string') return javaFormat(a, varargs(args.slice(1)));
      return undefined;
    case 'join': {
      if (n < 1 || (typeof a !== 'string' && !(a instanceof JChar))) return undefined;
      const rest = args.slice(1);
      const items = rest.length === 1 && rest[0] instanceof JList ? rest[0].items : rest;
      if (!items.every((x) => typeof x === 'string' || x === null)) return undefined;
      return items.map((x) => (x === null ? 'null' : x)).join(javaString(a));
    }
    default: return undefined;
  }
}

/** A single list argument where Java takes Object... is the array itself (Velocity passes it through). */
function varargs(args: JValue[]): JValue[] {
  return args.length === 1 && args[0] instanceof JList && args[0].kind === 'array' ? args[0].items : args;
}

/** java.util.Formatter for the conversions templates use: %s %S %d %x %X %o %f %e %E %b %c %n %%. */
export function javaFormat(format: string, args: JValue[]): string {
  let out = '';
  let next = 0;
  const re = /%(\d+\$)?([-#+ 0,(<]*)(\d+)?(\.\d+)?([a-zA-Z%])/g;
  let last = 0;
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, index, flags = '', widthText, precisionText, conv = ''] = m;
    if (conv === '%') {
      out += pad('%', flags, widthText);
      continue;
    }
    if (conv === 'n') {
      out += '\n';
      continue;
    }
    if (!'sSdxXofeEbBcChH'.includes(conv)) fail('java.util.UnknownFormatConversionException', `Conversion = '${conv}'`);
    const at = index ? Number(index.slice(0, -1)) - 1 : flags.includes('<') ? next - 1 : next++;
    if (at >= args.length || at < 0) fail('java.util.MissingFormatArgumentException', `Format specifier '${m[0]}'`);
    const arg = args[at]!;
    const precision = precisionText ? Number(precisionText.slice(1)) : undefined;
    let text: string;
    switch (conv) {
      case 's':
      case 'S':
        text = arg === null ? 'null' : javaString(arg);
        if (precision !== undefined) text = text.slice(0, precision);
        if (conv === 'S') text = text.toUpperCase();
        break;
      case 'b':
      case 'B':
        text = String(arg === null ? false : typeof arg === 'boolean' ? arg : true);
        if (conv === 'B') text = text.toUpperCase();
        break;
      case 'c':
      case 'C':
        if (arg instanceof JChar) text = arg.c;
        else if (isInteger(arg)) text = String.fromCodePoint(arg);
        else if (arg === null) text = 'null';
        else return fail('java.util.IllegalFormatConversionException', `c != ${className(arg)}`);
        if (conv === 'C') text = text.toUpperCase();
        break;
      case 'd':
      case 'x':
      case 'X':
      case 'o': {
        if (arg === null) {
          text = 'null';
          break;
        }
        if (typeof arg !== 'number' && typeof arg !== 'bigint') return fail('java.util.IllegalFormatConversionException', `${conv} != ${className(arg)}`);
        let b = BigInt(arg);
        if (conv === 'd') {
          const neg = b < 0n;
          let digits = (neg ? -b : b).toString();
          if (flags.includes(',')) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          text = signed(digits, neg, flags);
        } else {
          if (b < 0n) b += 2n ** (typeof arg === 'number' ? 32n : 64n);
          text = b.toString(conv === 'o' ? 8 : 16);
          if (flags.includes('#')) text = (conv === 'o' ? '0' : '0x') + text;
          if (conv === 'X') text = text.toUpperCase();
        }
        if (flags.includes('0') && widthText) text = zeroPad(text, Number(widthText));
        break;
      }
      case 'f':
      case 'e':
      case 'E': {
        if (arg === null) {
          text = 'null';
          break;
        }
        if (!(arg instanceof JDouble)) return fail('java.util.IllegalFormatConversionException', `${conv} != ${className(arg)}`);
        const v = arg.value;
        if (!Number.isFinite(v)) text = Number.isNaN(v) ? 'NaN' : v > 0 ? (flags.includes('+') ? '+Infinity' : 'Infinity') : '-Infinity';
        else {
          const p = precision ?? 6;
          const neg = v < 0 || Object.is(v, -0);
          let digits = conv === 'f' ? halfUp(Math.abs(v), p) : Math.abs(v).toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'f' && flags.includes(',')) digits = digits.replace(/^(\d+)/, (x) => x.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
          if (conv === 'E') digits = digits.toUpperCase();
          text = signed(digits, neg, flags);
          if (flags.includes('0') && widthText) text = zeroPad(text, Number(widthText));
        }
        break;
      }
      default:
        text = arg === null ? 'null' : (javaString(arg).length >>> 0).toString(16);
    }
    out += pad(text, flags, widthText);
  }
  return out + format.slice(last);
}

/** RoundingMode.HALF_UP of the decimal value Java formats (Formatter uses BigDecimal of the double's shortest string). */
function halfUp(v: number, p: number): string {
  const s = javaDouble(v).replace(/E.*$/, '');
  if (/E/.test(javaDouble(v))) return v.toFixed(p);
  const [int, frac = ''] = s.split('.');
  if (frac.length <= p) return p === 0 ? int! : `${int}.${frac.padEnd(p, '0')}`;
  const digits = (int! + frac.slice(0, p)).split('').map(Number);
  if (Number(frac[p]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0) {
      if (digits[i]! < 9) {
        digits[i]!++;
        break;
      }
      digits[i] = 0;
      i--;
    }
    if (i < 0) digits.unshift(1);
  }
  const all = digits.join('');
  const intLen = all.length - p;
  return p === 0 ? all : `${all.slice(0, intLen)}.${all.slice(intLen)}`;
}

function signed(digits: string, neg: boolean, flags: string): string {
  if (neg) return flags.includes('(') ? `(${digits})` : `-${digits}`;
  if (flags.includes('+')) return `+${digits}`;
  if (flags.includes(' ')) return ` ${digits}`;
  return digits;
}

function zeroPad(text: string, width: number): string {
  const sign = /^[-+ (]/.test(text) ? text[0]! : '';
  const body = sign ? text.slice(1) : text;
  return sign + body.padStart(width - sign.length, '0');
}

function pad(text: string, flags: string, widthText?: string): string {
  if (!widthText) return text;
  const width = Number(widthText);
  return flags.includes('-') ? text.padEnd(width) : text.padStart(width);
}

function className(v: JValue): string {
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'number') return 'java.lang.Integer';
  if (typeof v === 'bigint') return 'java.lang.Long';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (v instanceof JFloat) return 'java.lang.Float';
  if (v instanceof JDouble) return 'java.lang.Double';
  if (v instanceof JChar) return 'java.lang.Character';
  if (v instanceof JList) return 'java.util.ArrayList';
  if (v instanceof JMap) return 'java.util.LinkedHashMap';
  return 'java.lang.Object';
}
