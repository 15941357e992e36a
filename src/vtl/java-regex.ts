/**
 * java.util.regex patterns and replacement strings, run on JavaScript's RegExp: inline flags
 * at the start (`(?i)`), possessive quantifiers and atomic groups are rewritten to their nearest
 * JavaScript form; `$1` and `\$` in replacements follow Matcher.appendReplacement.
 */
export class JavaRegexError extends Error {}

const cache = new Map<string, RegExp>();

/** A group that repeats and holds a repetition itself, like `(a+)+`: backtracking can take forever. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

export function javaRegex(pattern: string, global = true): RegExp {
  if (NESTED_QUANTIFIER.test(pattern)) {
    throw new JavaRegexError(`pattern "${pattern}" nests repetitions and can backtrack without end; refused`);
  }
  const key = `${global ? 'g' : ''}\u0000${pattern}`;
  let re = cache.get(key);
  if (re) return re;
  let src = pattern;
  let flags = global ? 'g' : '';
  const inline = /^\(\?([imsux]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]!) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  src = src
    .replace(/\\Q([\s\S]*?)(\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .replace(/\(\?>/g, '(?:')
    .replace(/([*+?}])\+/g, '$1')
    .replace(/\\A/g, '^')
    .replace(/\\[Zz]/g, '$')
    .replace(/\\p\{(Alpha|Upper|Lower|Digit|Alnum|Punct|Space)\}/g, (_, c: string) => POSIX[c]!);
  try {
    re = new RegExp(src, flags);
  } catch (err) {
    throw new JavaRegexError(`java.util.regex.PatternSyntaxException: ${(err as Error).message}`);
  }
  cache.set(key, re);
  return re;
}

const POSIX: Record<string, string> = {
  Alpha: '[a-zA-Z]', Upper: '[A-Z]', Lower: '[a-z]', Digit: '[0-9]', Alnum: '[a-zA-Z0-9]',
  Punct: '[!-\\/:-@\\[-`{-~]', Space: '[ \\t\\n\\x0B\\f\\r]',
};

/** Expand a Java replacement string for one match. */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('java.lang.IllegalArgumentException: character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      if (replacement[i + 1] === '{') {
        const close = replacement.indexOf('}', i);
        const name = replacement.slice(i + 2, close);
        const g = match.groups?.[name];
        if (close < 0 || g === undefined && !(match.groups && name in match.groups)) throw new JavaRegexError(`java.lang.IllegalArgumentException: No group with name {${name}}`);
        out += g ?? '';
        i = close;
        continue;
      }
      let j = i + 1;
      if (!/[0-9]/.test(replacement[j] ?? '')) throw new JavaRegexError('java.lang.IllegalArgumentException: Illegal group reference');
      let n = Number(replacement[j]);
      j++;
      while (/[0-9]/.test(replacement[j] ?? '') && n * 10 + Number(replacement[j]) < match.length) {
        n = n * 10 + Number(replacement[j]);
        j++;
      }
      if (n >= match.length) throw new JavaRegexError(`java.lang.IndexOutOfBoundsException: No group ${n}`);
      out += match[n] ?? '';
      i = j - 1;
    } else out += c;
  }
  return out;
}

/** `String.replaceAll` / `replaceFirst`. */
export function javaReplace(s: string, pattern: string, replacement: string, all: boolean): string {
  const re = javaRegex(pattern);
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  for (;;) {
    const m = re.exec(s);
    if (!m) break;
    out += s.slice(last, m.index) + javaReplacement(replacement, m);
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (re.lastIndex < s.length) out += s[re.lastIndex];
      re.lastIndex++;
      last = re.lastIndex;
      if (last > s.length) break;
    }
    if (!all) break;
  }
  return out + s.slice(Math.min(last, s.length));
}

/** `String.split(regex, limit)`: a zero-width match at the start adds no empty first element; limit 0 drops trailing empties. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const re = javaRegex(pattern);
  re.lastIndex = 0;
  const parts: string[] = [];
  let last = 0;
  for (;;) {
    if (limit > 0 && parts.length === limit - 1) break;
    const m = re.exec(s);
    if (!m) break;
    if (m[0].length === 0) {
      if (m.index >= s.length) break;
      if (m.index === 0) {
        re.lastIndex++;
        continue;
      }
    }
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (s.length === 0) return [''];
  parts.push(s.slice(last));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `String.matches`: the whole string must match. */
export function javaMatches(s: string, pattern: string): boolean {
  const re = javaRegex(`^(?:${pattern.replace(/^\(\?([imsux]+)\)/, '')})$`, false);
  const inline = /^\(\?([imsux]+)\)/.exec(pattern);
  return inline ? javaRegex(`(?${inline[1]})^(?:${pattern.slice(inline[0].length)})$`, false).test(s) : re.test(s);
}
