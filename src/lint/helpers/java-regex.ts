/**
 * A syntax check for java.util.regex.Pattern, which API Gateway uses for selection patterns.
 * JavaScript's RegExp is no stand-in: it accepts `a{`, `x{abc}` and `[^]`, which Java rejects,
 * and rejects `(?i)`, possessive `a*+` and atomic `(?>…)`, which Java accepts.
 */
export interface JavaRegexError {
  message: string;
  index: number;
}

const QUANT = '*+?';

export function checkJavaRegex(pattern: string): JavaRegexError | undefined {
  let i = 0;
  const n = pattern.length;
  const groups: number[] = [];
  let canQuantify = false;
  const fail = (message: string, index = i): JavaRegexError => ({ message, index });

  const readEscape = (inClass: boolean): JavaRegexError | undefined => {
    // i points at the backslash
    if (i + 1 >= n) return fail('unexpected end after \\ (dangling backslash)');
    const c = pattern[i + 1]!;
    i += 2;
    if (c === 'p' || c === 'P') {
      if (pattern[i] === '{') {
        const close = pattern.indexOf('}', i);
        if (close < 0) return fail('unclosed \\p{ character property');
        i = close + 1;
      } else i++;
      return undefined;
    }
    if (c === 'x') {
      if (pattern[i] === '{') {
        const close = pattern.indexOf('}', i);
        if (close < 0 || !/^[0-9a-fA-F]+$/.test(pattern.slice(i + 1, close))) return fail('illegal hexadecimal escape sequence');
        i = close + 1;
      } else {
        if (!/^[0-9a-fA-F]{2}$/.test(pattern.slice(i, i + 2))) return fail('illegal hexadecimal escape sequence');
        i += 2;
      }
      return undefined;
    }
    if (c === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(pattern.slice(i, i + 4))) return fail('illegal Unicode escape sequence');
      i += 4;
      return undefined;
    }
    if (c === 'c') {
      if (i >= n) return fail('illegal control escape sequence');
      i++;
      return undefined;
    }
    if (c === 'k' && !inClass) {
      const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(pattern.slice(i));
      if (!m) return fail('\\k is not followed by <name>');
      i += m[0].length;
      return undefined;
    }
    if (c === 'Q') {
      const end = pattern.indexOf('\\E', i);
      i = end < 0 ? n : end + 2;
      return undefined;
    }
    // Java refuses escaped ASCII letters that are not defined escapes.
    if (/[a-zA-Z]/.test(c) && !'tnrfaedDhHsSvVwWbBAGZzRXN0123456789'.includes(c) && !(inClass && 'bB'.includes(c))) {
      if (!'E'.includes(c)) return fail(`illegal/unsupported escape sequence \\${c}`, i - 2);
    }
    if (c === '0') {
      if (!/[0-7]/.test(pattern[i] ?? '')) return fail('illegal octal escape sequence', i - 2);
      while (/[0-7]/.test(pattern[i] ?? '') && i < n) i++;
    }
    return undefined;
  };

  const readClass = (): JavaRegexError | undefined => {
    const start = i;
    i++; // [
    if (pattern[i] === '^') i++;
    let first = true;
    while (i < n) {
      const c = pattern[i]!;
      if (c === ']' && !first) {
        i++;
        return undefined;
      }
      first = false;
      if (c === '[') {
        const e = readClass();
        if (e) return e;
        continue;
      }
      if (c === '\\') {
        const e = readEscape(true);
        if (e) return e;
        continue;
      }
      i++;
    }
    return fail('unclosed character class', start);
  };

  while (i < n) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = readEscape(false);
      if (e) return e;
      canQuantify = true;
    } else if (c === '[') {
      const e = readClass();
      if (e) return e;
      canQuantify = true;
    } else if (c === '(') {
      groups.push(i);
      i++;
      if (pattern[i] === '?') {
        const rest = pattern.slice(i + 1);
        let m: RegExpExecArray | null;
        if (/^[:=!>]/.test(rest)) i += 2;
        else if (/^<[=!]/.test(rest)) i += 3;
        else if ((m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest))) i += 1 + m[0].length;
        else if (rest.startsWith('<')) return fail('named group name must be a letter followed by letters or digits', i);
        else if ((m = /^[idmsuxU-]+\)/.exec(rest))) {
          groups.pop();
          i += 1 + m[0].length;
          canQuantify = false;
          continue;
        } else if ((m = /^[idmsuxU-]+:/.exec(rest))) i += 1 + m[0].length;
        else return fail('unknown inline modifier or group construct after (?', i);
      }
      canQuantify = false;
    } else if (c === ')') {
      if (groups.length === 0) return fail("unmatched closing ')'");
      groups.pop();
      i++;
      canQuantify = true;
    } else if (QUANT.includes(c) || c === '{') {
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (!m) return fail('illegal repetition (escape { as \\{)');
        if (m[3] && Number(m[3]) < Number(m[1])) return fail('illegal repetition range');
        if (!canQuantify) return fail(`dangling meta character '{'`);
        i += m[0].length;
      } else {
        if (!canQuantify) return fail(`dangling meta character '${c}'`);
        i++;
      }
      if (pattern[i] === '?' || pattern[i] === '+') i++;
      canQuantify = false;
    } else {
      i++;
      canQuantify = c !== '|' && c !== '^';
      if (c === '$') canQuantify = true;
    }
  }
  if (groups.length > 0) return fail("unclosed group, missing ')'", groups[groups.length - 1]);
  return undefined;
}
