/**
 * java.util.regex, the one regular-expression engine of apigw: API Gateway matches selection
 * patterns (`selectionPattern`) and runs `String.matches/replaceAll/replaceFirst/split` in
 * mapping templates with java.util.regex.Pattern
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html).
 *
 * JavaScript's RegExp is no stand-in: it has no possessive quantifiers, atomic groups, `\Q…\E`,
 * inline flags in the middle, `java*` or POSIX `\p{…}` classes, Java's ASCII-only `\w`/`\d` and
 * case folding, and it cannot be stopped. So patterns are parsed here with Java's syntax and
 * error messages (PatternSyntaxException) and run by a backtracking matcher with Java's
 * semantics that counts its steps and stops at a deadline: a pattern that backtracks
 * catastrophically, like `(a|a)*b`, ends with `RegexTimeoutError` instead of hanging.
 * A construct that cannot be reproduced exactly (Unicode blocks, `\X`, `\N{…}`) is a clear
 * error naming it, never a silent other answer.
 */

export class JavaRegexError extends Error {
  constructor(
    readonly description: string,
    readonly pattern: string,
    readonly index: number,
  ) {
    super(`java.util.regex.PatternSyntaxException: ${description} near index ${index}`);
  }
}

export class RegexTimeoutError extends Error {}

const CASE_INSENSITIVE = 1;
const MULTILINE = 2;
const DOTALL = 4;
const UNICODE_CASE = 8;
const COMMENTS = 16;
const UNIX_LINES = 32;
const UNICODE_CHARACTER_CLASS = 64;
const FLAG_BITS: Record<string, number> = { i: CASE_INSENSITIVE, m: MULTILINE, s: DOTALL, u: UNICODE_CASE, x: COMMENTS, d: UNIX_LINES, U: UNICODE_CHARACTER_CLASS };

type CharTest = (cp: number) => boolean;

type RNode =
  | { t: 'char'; test: CharTest }
  | { t: 'seq'; items: RNode[] }
  | { t: 'alt'; options: RNode[] }
  | { t: 'group'; index: number; body: RNode }
  | { t: 'repeat'; body: RNode; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive' }
  | { t: 'atomic'; body: RNode }
  | { t: 'look'; body: RNode; behind: boolean; negative: boolean; minLen: number; maxLen: number }
  | { t: 'backref'; index: number; ci: boolean }
  | { t: 'assert'; kind: 'bol' | 'eol' | 'begin' | 'end' | 'endz' | 'word' | 'nonword' | 'lastmatch'; flags: number }
  | { t: 'linebreak' };

/** A compiled pattern: the tree plus group names. */
export interface JavaPattern {
  source: string;
  root: RNode;
  groupCount: number;
  names: Map<string, number>;
}

// Character predicates.
const unicodeProp = (p: string): CharTest => {
  const re = new RegExp(`^\\p{${p}}$`, 'u');
  return (cp) => re.test(String.fromCodePoint(cp));
};
const range = (lo: number, hi: number): CharTest => (cp) => cp >= lo && cp <= hi;
const anyOf = (...tests: CharTest[]): CharTest => (cp) => tests.some((t) => t(cp));
const chars = (s: string): CharTest => {
  const set = new Set([...s].map((c) => c.codePointAt(0)!));
  return (cp) => set.has(cp);
};
const not = (t: CharTest): CharTest => (cp) => !t(cp);

const ASCII_DIGIT = range(48, 57);
const ASCII_WORD: CharTest = (cp) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
const ASCII_SPACE = chars(' \t\n\u000b\f\r');
const LINE_TERMINATOR = chars('\n\r\u0085\u2028\u2029');
const HORIZONTAL = anyOf(chars(' \t\u00a0\u1680\u180e\u202f\u205f\u3000'), range(0x2000, 0x200a));
const VERTICAL = chars('\n\u000b\f\r\u0085\u2028\u2029');
const L = unicodeProp('L');
const ND = unicodeProp('Nd');

/** POSIX classes (US-ASCII only, as java.util.regex defines them). */
const POSIX: Record<string, CharTest> = {
  Lower: range(97, 122), Upper: range(65, 90), ASCII: range(0, 127),
  Alpha: (cp) => (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122), Digit: ASCII_DIGIT,
  Alnum: (cp) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122),
  Punct: chars('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'), Graph: range(0x21, 0x7e), Print: range(0x20, 0x7e),
  Blank: chars(' \t'), Cntrl: anyOf(range(0, 0x1f), chars('\u007f')), XDigit: anyOf(ASCII_DIGIT, range(65, 70), range(97, 102)),
  Space: ASCII_SPACE,
};

/** POSIX classes under UNICODE_CHARACTER_CLASS (`(?U)`). */
const POSIX_UNICODE: Record<string, () => CharTest> = {
  Lower: () => unicodeProp('Lowercase'), Upper: () => unicodeProp('Uppercase'), ASCII: () => range(0, 127),
  Alpha: () => unicodeProp('Alphabetic'), Digit: () => ND, Alnum: () => anyOf(unicodeProp('Alphabetic'), ND),
  Punct: () => unicodeProp('P'), Graph: () => not(anyOf(unicodeProp('White_Space'), unicodeProp('Cc'), unicodeProp('Cs'), unicodeProp('Cn'))),
  Print: () => anyOf(not(anyOf(unicodeProp('White_Space'), unicodeProp('Cc'), unicodeProp('Cs'), unicodeProp('Cn'))), (cp) => HORIZONTAL(cp) && cp !== 9),
  Blank: () => (cp) => HORIZONTAL(cp), Cntrl: () => unicodeProp('Cc'), XDigit: () => anyOf(ND, unicodeProp('Hex_Digit')),
  Space: () => unicodeProp('White_Space'),
};

/** java.lang.Character methods as `\p{javaXxx}` classes. */
const JAVA_CLASSES: Record<string, () => CharTest> = {
  javaLowerCase: () => unicodeProp('Lowercase'),
  javaUpperCase: () => unicodeProp('Uppercase'),
  javaTitleCase: () => unicodeProp('Lt'),
  javaDigit: () => ND,
  javaDefined: () => unicodeProp('Assigned'),
  javaLetter: () => L,
  javaLetterOrDigit: () => anyOf(L, ND),
  javaAlphabetic: () => unicodeProp('Alphabetic'),
  javaIdeographic: () => unicodeProp('Ideographic'),
  javaSpaceChar: () => unicodeProp('Z'),
  // Character.isWhitespace: space separators except the no-break ones, and nine controls.
  javaWhitespace: () => anyOf((cp) => unicodeProp('Z')(cp) && cp !== 0xa0 && cp !== 0x2007 && cp !== 0x202f, range(9, 13), range(0x1c, 0x1f)),
  javaISOControl: () => anyOf(range(0, 0x1f), range(0x7f, 0x9f)),
  javaMirrored: () => unicodeProp('Bidi_Mirrored'),
  javaIdentifierIgnorable: () => anyOf(range(0, 8), range(0xe, 0x1b), range(0x7f, 0x9f), unicodeProp('Cf')),
  javaJavaIdentifierStart: () => anyOf(L, unicodeProp('Nl'), unicodeProp('Sc'), unicodeProp('Pc')),
  javaJavaIdentifierPart: () => anyOf(L, unicodeProp('Nl'), unicodeProp('Sc'), unicodeProp('Pc'), ND, unicodeProp('Mc'), unicodeProp('Mn'), range(0, 8), range(0xe, 0x1b), range(0x7f, 0x9f), unicodeProp('Cf')),
};

const GENERAL_CATEGORIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'LC', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So', 'Z', 'Zs', 'Zl', 'Zp', 'C', 'Cc', 'Cf', 'Cs', 'Co', 'Cn']);
const BINARY_PROPERTIES: Record<string, string> = {
  ALPHABETIC: 'Alphabetic', IDEOGRAPHIC: 'Ideographic', LETTER: 'L', LOWERCASE: 'Lowercase', UPPERCASE: 'Uppercase', TITLECASE: 'Lt',
  PUNCTUATION: 'P', CONTROL: 'Cc', WHITE_SPACE: 'White_Space', WHITESPACE: 'White_Space', DIGIT: 'Nd', HEX_DIGIT: 'Hex_Digit', HEXDIGIT: 'Hex_Digit',
  JOIN_CONTROL: 'Join_Control', JOINCONTROL: 'Join_Control', NONCHARACTER_CODE_POINT: 'Noncharacter_Code_Point', NONCHARACTERCODEPOINT: 'Noncharacter_Code_Point', ASSIGNED: 'Assigned',
};

function scriptTest(name: string): CharTest | undefined {
  try {
    return unicodeProp(`Script=${name}`);
  } catch {
    return undefined;
  }
}

/** Java's case-insensitive comparison: ASCII only, unless UNICODE_CASE. */
function foldTest(test: CharTest, flags: number): CharTest {
  if (!(flags & CASE_INSENSITIVE)) return test;
  if (flags & UNICODE_CASE) {
    return (cp) => {
      if (test(cp)) return true;
      const s = String.fromCodePoint(cp);
      const u = s.toUpperCase();
      const l = s.toLowerCase();
      return (u.length === s.length && test(u.codePointAt(0)!)) || (l.length === s.length && test(l.codePointAt(0)!));
    };
  }
  return (cp) => test(cp) || (cp >= 65 && cp <= 90 && test(cp + 32)) || (cp >= 97 && cp <= 122 && test(cp - 32));
}

class PatternParser {
  private i = 0;
  private groupCount = 0;
  readonly names = new Map<string, number>();
  private readonly p: string;

  constructor(
    readonly source: string,
    private flags: number,
  ) {
    this.p = source;
  }

  fail(description: string, at = this.i): never {
    throw new JavaRegexError(description, this.source, at);
  }

  parse(): JavaPattern {
    const root = this.alternation();
    if (this.i < this.p.length) {
      if (this.p[this.i] === ')') this.fail("Unmatched closing ')'", this.i - 1 < 0 ? 0 : this.i - 1);
      this.fail('Unexpected internal error');
    }
    return { source: this.source, root, groupCount: this.groupCount, names: this.names };
  }

  private skipComments(): void {
    if (!(this.flags & COMMENTS)) return;
    for (;;) {
      const c = this.p[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u000b') this.i++;
      else if (c === '#') {
        while (this.i < this.p.length && this.p[this.i] !== '\n') this.i++;
      } else return;
    }
  }

  private alternation(): RNode {
    const saved = this.flags;
    const options: RNode[] = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    this.flags = saved;
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(): RNode {
    const items: RNode[] = [];
    for (;;) {
      this.skipComments();
      const c = this.p[this.i];
      if (c === undefined || c === '|' || c === ')') break;
      const atom = this.atom();
      if (atom === null) continue;
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(atom: RNode): RNode {
    this.skipComments();
    const c = this.p[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i, this.i + 40));
      if (!m) this.fail('Illegal repetition');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min) this.fail('Illegal repetition range', this.i + m[0].length - 1);
      this.i += m[0].length - 1;
    } else return atom;
    if (atom.t === 'assert' && false) return atom;
    this.i++;
    let mode: 'greedy' | 'lazy' | 'possessive' = 'greedy';
    if (this.p[this.i] === '?') {
      mode = 'lazy';
      this.i++;
    } else if (this.p[this.i] === '+') {
      mode = 'possessive';
      this.i++;
    }
    const node: RNode = { t: 'repeat', body: atom, min, max, mode };
    // A quantifier right after another one (`a**`) is Java's "Dangling meta character".
    this.skipComments();
    const next = this.p[this.i];
    if (next === '*' || next === '+' || next === '?') this.fail(`Dangling meta character '${next}'`);
    return node;
  }

  /** One atom, or null for something that matches nothing (an inline flag group, `\E`). */
  private atom(): RNode | null {
    const p = this.p;
    const c = p[this.i]!;
    switch (c) {
      case '(': return this.group();
      case '[': return { t: 'char', test: foldTest(this.charClass(), this.flags) };
      case '.': {
        this.i++;
        const flags = this.flags;
        if (flags & DOTALL) return { t: 'char', test: () => true };
        if (flags & UNIX_LINES) return { t: 'char', test: (cp) => cp !== 10 };
        return { t: 'char', test: not(LINE_TERMINATOR) };
      }
      case '^': this.i++; return { t: 'assert', kind: 'bol', flags: this.flags };
      case '$': this.i++; return { t: 'assert', kind: 'eol', flags: this.flags };
      case '*':
      case '+':
      case '?':
        this.fail(`Dangling meta character '${c}'`);
      // falls through (fail never returns)
      case '{': {
        if (/^\{\d/.test(p.slice(this.i, this.i + 2))) this.fail(`Dangling meta character '{'`);
        this.fail('Illegal repetition');
      }
      // falls through
      case '\\': return this.escape();
      default: {
        const cp = p.codePointAt(this.i)!;
        this.i += cp > 0xffff ? 2 : 1;
        return this.literal(cp);
      }
    }
  }

  private literal(cp: number): RNode {
    return { t: 'char', test: foldTest((x) => x === cp, this.flags) };
  }

  private group(): RNode | null {
    const p = this.p;
    const open = this.i;
    this.i++;
    let kind: 'capture' | 'plain' | 'atomic' | 'ahead' | 'nahead' | 'behind' | 'nbehind' = 'capture';
    let name: string | undefined;
    const savedFlags = this.flags;
    if (p[this.i] === '?') {
      this.i++;
      const c = p[this.i];
      if (c === ':') kind = 'plain';
      else if (c === '>') kind = 'atomic';
      else if (c === '=') kind = 'ahead';
      else if (c === '!') kind = 'nahead';
      else if (c === '<' && p[this.i + 1] === '=') {
        kind = 'behind';
        this.i++;
      } else if (c === '<' && p[this.i + 1] === '!') {
        kind = 'nbehind';
        this.i++;
      } else if (c === '<') {
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(p.slice(this.i, this.i + 200));
        if (!m) this.fail('named capturing group is missing trailing \'>\'');
        name = m[1]!;
        if (this.names.has(name)) this.fail(`Named capturing group <${name}> is already defined`);
        this.i += m[0].length - 1;
      } else {
        // Inline flags: (?idmsuxU-idmsuxU) for the rest of the group, or (?flags:X).
        const m = /^([idmsuxU]*)(?:-([idmsuxU]*))?([:)])/.exec(p.slice(this.i, this.i + 40));
        if (!m || (m[1] === '' && m[2] === undefined && m[3] === ')')) this.fail('Unknown inline modifier', this.i);
        let flags = this.flags;
        for (const f of m[1]!) flags |= FLAG_BITS[f]!;
        for (const f of m[2] ?? '') flags &= ~FLAG_BITS[f]!;
        this.i += m[0].length;
        if (m[3] === ')') {
          this.flags = flags;
          return null;
        }
        this.flags = flags;
        const body = this.alternation();
        if (p[this.i] !== ')') this.fail('Unclosed group', p.length);
        this.i++;
        this.flags = savedFlags;
        return body;
      }
      this.i++;
    }
    const index = kind === 'capture' ? ++this.groupCount : 0;
    if (name !== undefined) this.names.set(name, index);
    const body = this.alternation();
    if (p[this.i] !== ')') this.fail('Unclosed group', p.length);
    this.i++;
    this.flags = savedFlags;
    switch (kind) {
      case 'capture': return { t: 'group', index, body };
      case 'plain': return body;
      case 'atomic': return { t: 'atomic', body };
      case 'ahead':
      case 'nahead': return { t: 'look', body, behind: false, negative: kind === 'nahead', minLen: 0, maxLen: 0 };
      default: {
        const [minLen, maxLen] = lengths(body);
        if (maxLen === Infinity) this.fail('Look-behind group does not have an obvious maximum length', open);
        return { t: 'look', body, behind: true, negative: kind === 'nbehind', minLen, maxLen };
      }
    }
  }

  /** `\…` outside a class. */
  private escape(): RNode | null {
    const p = this.p;
    const at = this.i;
    const c = p[this.i + 1];
    if (c === undefined) this.fail('Unexpected internal error', p.length);
    const flags = this.flags;
    switch (c) {
      case 'Q': {
        this.i += 2;
        const end = p.indexOf('\\E', this.i);
        const lit = p.slice(this.i, end < 0 ? p.length : end);
        this.i = end < 0 ? p.length : end + 2;
        const items = [...lit].map((ch) => this.literal(ch.codePointAt(0)!));
        return items.length === 1 ? items[0]! : { t: 'seq', items };
      }
      case 'E': this.i += 2; return null;
      case 'b':
        if (p[this.i + 2] === '{') this.fail('\\b{g} (grapheme boundary) is not supported by this Java version\'s regex engine', at);
        this.i += 2;
        return { t: 'assert', kind: 'word', flags };
      case 'B': this.i += 2; return { t: 'assert', kind: 'nonword', flags };
      case 'A': this.i += 2; return { t: 'assert', kind: 'begin', flags };
      case 'z': this.i += 2; return { t: 'assert', kind: 'end', flags };
      case 'Z': this.i += 2; return { t: 'assert', kind: 'endz', flags };
      case 'G': this.i += 2; return { t: 'assert', kind: 'lastmatch', flags };
      case 'R': this.i += 2; return { t: 'linebreak' };
      case 'X': this.fail('\\X (extended grapheme cluster) cannot be matched exactly here; refused', at);
      // falls through
      case 'k': {
        const m = /^\\k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(p.slice(this.i, this.i + 200));
        if (!m) this.fail('\\k is not followed by \'<\' for named capturing group');
        if (!this.names.has(m[1]!)) this.fail(`named capturing group <${m[1]}> does not exist`);
        this.i += m[0].length;
        return { t: 'backref', index: this.names.get(m[1]!)!, ci: !!(flags & CASE_INSENSITIVE) };
      }
      default:
        if (c >= '1' && c <= '9') {
          // Java takes further digits while they still name an existing group.
          this.i += 2;
          let n = Number(c);
          while (/[0-9]/.test(p[this.i] ?? '') && n * 10 + Number(p[this.i]) <= this.groupCount) {
            n = n * 10 + Number(p[this.i]);
            this.i++;
          }
          return { t: 'backref', index: n, ci: !!(flags & CASE_INSENSITIVE) };
        }
    }
    return { t: 'char', test: foldTest(this.classEscape(), flags) };
  }

  /** An escape that stands for one character or a class (valid inside and outside `[…]`). */
  private classEscape(): CharTest {
    const p = this.p;
    const at = this.i;
    const c = p[this.i + 1]!;
    this.i += 2;
    const u = !!(this.flags & UNICODE_CHARACTER_CLASS);
    const one = (cp: number): CharTest => (x) => x === cp;
    switch (c) {
      case 'd': return u ? ND : ASCII_DIGIT;
      case 'D': return not(u ? ND : ASCII_DIGIT);
      case 'w': return u ? unicodeWord() : ASCII_WORD;
      case 'W': return not(u ? unicodeWord() : ASCII_WORD);
      case 's': return u ? unicodeProp('White_Space') : ASCII_SPACE;
      case 'S': return not(u ? unicodeProp('White_Space') : ASCII_SPACE);
      case 'h': return HORIZONTAL;
      case 'H': return not(HORIZONTAL);
      case 'v': return VERTICAL;
      case 'V': return not(VERTICAL);
      case 't': return one(9);
      case 'n': return one(10);
      case 'r': return one(13);
      case 'f': return one(12);
      case 'a': return one(7);
      case 'e': return one(27);
      case 'c': {
        const x = p.charCodeAt(this.i);
        if (Number.isNaN(x)) this.fail('Illegal control escape sequence');
        this.i++;
        return one(x ^ 64);
      }
      case '0': {
        const m = /^[0-7]{1,3}/.exec(p.slice(this.i, this.i + 3));
        if (!m) this.fail('Illegal octal escape sequence');
        let digits = m[0];
        if (digits.length === 3 && digits[0]! > '3') digits = digits.slice(0, 2);
        this.i += digits.length;
        return one(parseInt(digits, 8));
      }
      case 'x': {
        if (p[this.i] === '{') {
          const close = p.indexOf('}', this.i);
          const hex = close < 0 ? '' : p.slice(this.i + 1, close);
          if (!/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) this.fail('Illegal hexadecimal escape sequence');
          this.i = close + 1;
          return one(parseInt(hex, 16));
        }
        const hex = p.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail('Illegal hexadecimal escape sequence');
        this.i += 2;
        return one(parseInt(hex, 16));
      }
      case 'u': {
        const hex = p.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Illegal Unicode escape sequence');
        this.i += 4;
        return one(parseInt(hex, 16));
      }
      case 'N': this.fail('\\N{name} (a character by Unicode name) cannot be matched here; write the character or \\x{…}', at);
      // falls through
      case 'p':
      case 'P': {
        let name: string;
        if (p[this.i] === '{') {
          const close = p.indexOf('}', this.i);
          if (close < 0) this.fail('Unclosed character family');
          name = p.slice(this.i + 1, close);
          this.i = close + 1;
        } else {
          name = p[this.i] ?? '';
          if (!name) this.fail('Illegal character family');
          this.i++;
        }
        const test = this.property(name, at);
        return c === 'P' ? not(test) : test;
      }
      default:
        // Java refuses an escaped ASCII letter that is not a defined escape; any other escaped character is itself.
        if (/[a-zA-Z]/.test(c)) this.fail('Illegal/unsupported escape sequence', this.i - 1);
        if (/[0-9]/.test(c)) this.fail('Illegal/unsupported escape sequence', this.i - 1);
        {
          const cp = p.codePointAt(at + 1)!;
          if (cp > 0xffff) this.i++;
          return one(cp);
        }
    }
  }

  /** `\p{name}`: POSIX, java.lang.Character, general category, script or binary property. */
  private property(name: string, at: number): CharTest {
    const u = !!(this.flags & UNICODE_CHARACTER_CLASS);
    if (POSIX[name]) return u ? POSIX_UNICODE[name]!() : POSIX[name]!;
    if (JAVA_CLASSES[name]) return JAVA_CLASSES[name]!();
    if (name === 'all') return () => true;
    const eq = /^(general_category|gc|script|sc|block|blk)=(.+)$/.exec(name);
    if (eq) {
      if (eq[1] === 'block' || eq[1] === 'blk') this.fail(`Unicode block \\p{${name}} cannot be matched here; refused (write the character range instead)`, at);
      if (eq[1] === 'general_category' || eq[1] === 'gc') {
        if (GENERAL_CATEGORIES.has(eq[2]!)) return unicodeProp(eq[2]!);
        this.fail(`Unknown character property name {${name}}`, at);
      }
      const s = scriptTest(eq[2]!);
      if (s) return s;
      this.fail(`Unknown character script name {${eq[2]}}`, at);
    }
    if (name.startsWith('In')) this.fail(`Unicode block \\p{${name}} cannot be matched here; refused (write the character range instead)`, at);
    if (name.startsWith('Is')) {
      const rest = name.slice(2);
      if (GENERAL_CATEGORIES.has(rest)) return unicodeProp(rest);
      const bin = BINARY_PROPERTIES[rest.toUpperCase()];
      if (bin) return unicodeProp(bin);
      const s = scriptTest(rest);
      if (s) return s;
      this.fail(`Unknown character property name {${name}}`, at);
    }
    if (GENERAL_CATEGORIES.has(name)) return unicodeProp(name);
    this.fail(`Unknown character property name {${name}}`, at);
  }

  /** `[…]`: union, ranges, nested classes, `&&` intersection, negation. */
  private charClass(): CharTest {
    const p = this.p;
    const start = this.i;
    this.i++;
    let negate = false;
    if (p[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let intersection: CharTest | undefined;
    let union: CharTest[] = [];
    let first = true;
    for (;;) {
      if (this.i >= p.length) this.fail('Unclosed character class', p.length - 1);
      if (this.flags & COMMENTS) {
        const ws = /^[ \t\n\r\f\u000b]+/.exec(p.slice(this.i));
        if (ws) {
          this.i += ws[0].length;
          continue;
        }
      }
      const c = p[this.i]!;
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      if (c === '[') {
        union.push(this.charClass());
        continue;
      }
      if (c === '&' && p[this.i + 1] === '&') {
        this.i += 2;
        const left = union.length ? anyOf(...union) : () => true;
        intersection = intersection ? both(intersection, left) : left;
        union = [];
        continue;
      }
      let lo: number;
      let single: CharTest | undefined;
      if (c === '\\') {
        if (p[this.i + 1] === 'Q') {
          const end = p.indexOf('\\E', this.i + 2);
          const lit = p.slice(this.i + 2, end < 0 ? p.length : end);
          this.i = end < 0 ? p.length : end + 2;
          union.push(chars(lit));
          continue;
        }
        if (p[this.i + 1] === 'E') {
          this.i += 2;
          continue;
        }
        const before = this.i;
        const test = this.classEscape();
        const literal = /^\\(?:[^a-zA-Z0-9]|[tnrfae]|c.|0[0-7]{1,3}|x(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2})|u[0-9a-fA-F]{4})/.exec(p.slice(before, this.i));
        if (!literal || literal[0].length !== this.i - before) {
          union.push(test);
          continue;
        }
        lo = firstMatch(test);
        single = test;
      } else {
        lo = p.codePointAt(this.i)!;
        this.i += lo > 0xffff ? 2 : 1;
      }
      if (p[this.i] === '-' && p[this.i + 1] !== ']' && p[this.i + 1] !== '[' && this.i + 1 < p.length) {
        this.i++;
        let hi: number;
        if (p[this.i] === '\\') {
          const test = this.classEscape();
          hi = firstMatch(test);
        } else {
          hi = p.codePointAt(this.i)!;
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi < lo) this.fail('Illegal character range', this.i - 1);
        union.push(range(lo, hi));
        continue;
      }
      union.push(single ?? ((x: number) => x === lo));
    }
    let test: CharTest = union.length ? anyOf(...union) : () => false;
    if (intersection) test = union.length ? both(intersection, test) : intersection;
    if (start < 0) return test;
    return negate ? not(test) : test;
  }
}

function both(a: CharTest, b: CharTest): CharTest {
  return (cp) => a(cp) && b(cp);
}

function unicodeWord(): CharTest {
  return anyOf(unicodeProp('Alphabetic'), unicodeProp('Mn'), unicodeProp('Me'), unicodeProp('Mc'), ND, unicodeProp('Pc'), unicodeProp('Join_Control'));
}

/** The one code point a single-character escape stands for. */
function firstMatch(test: CharTest): number {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (test(cp)) return cp;
  return 0;
}

/** Shortest and longest match of a node in UTF-16 units (Infinity when unbounded). */
function lengths(n: RNode): [number, number] {
  switch (n.t) {
    case 'char': return [1, 2];
    case 'seq': return n.items.map(lengths).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    case 'alt': {
      const all = n.options.map(lengths);
      return [Math.min(...all.map((x) => x[0])), Math.max(...all.map((x) => x[1]))];
    }
    case 'group':
    case 'atomic': return lengths(n.body);
    case 'repeat': {
      const [a, b] = lengths(n.body);
      return [a * n.min, n.max === Infinity ? (b === 0 ? 0 : Infinity) : b * n.max];
    }
    case 'backref': return [0, Infinity];
    case 'linebreak': return [1, 2];
    default: return [0, 0];
  }
}

const patterns = new Map<string, JavaPattern>();

/** Parse a Java pattern (cached); throws `JavaRegexError` with Java's description and index. */
export function compileJavaRegex(pattern: string, flags = 0): JavaPattern {
  const key = `${flags}\u0000${pattern}`;
  let compiled = patterns.get(key);
  if (!compiled) {
    compiled = new PatternParser(pattern, flags).parse();
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, compiled);
  }
  return compiled;
}

/** A syntax check (lint's selection-pattern rules): Java's description and the index it names. */
export function checkJavaRegex(pattern: string): { message: string; index: number } | undefined {
  try {
    compileJavaRegex(pattern);
    return undefined;
  } catch (err) {
    if (err instanceof JavaRegexError) return { message: err.description, index: err.index };
    throw err;
  }
}

export interface JavaMatch {
  start: number;
  end: number;
  /** Group texts by number (0 is the whole match); undefined when a group did not take part. */
  groups: Array<string | undefined>;
  names: Map<string, number>;
}

/** How a match is bounded: a `Date.now()` deadline, checked every few thousand steps. */
export interface RegexBudget {
  deadline: number;
  timeoutMs?: number;
}

type Cont = (i: number) => boolean;

/** The matcher: continuation-passing backtracking over one input, counting its steps. */
class Matcher {
  private caps: number[];
  private steps = 0;
  private readonly n: number;
  lastMatchEnd = 0;

  constructor(
    private readonly pat: JavaPattern,
    private readonly s: string,
    private readonly budget: RegexBudget,
  ) {
    this.caps = new Array((pat.groupCount + 1) * 2).fill(-1);
    this.n = s.length;
  }

  private tick(): void {
    if ((++this.steps & 4095) === 0 && Date.now() > this.budget.deadline) {
      throw new RegexTimeoutError(`the regular expression "${truncate(this.pat.source)}" ran past the time limit${this.budget.timeoutMs ? ` of ${this.budget.timeoutMs} ms` : ''} (it backtracks without end on this input)`);
    }
  }

  private cpAt(i: number): number {
    return this.s.codePointAt(i)!;
  }

  private isLineTerminatorAt(i: number, flags: number): boolean {
    const c = this.s.charCodeAt(i);
    if (flags & UNIX_LINES) return c === 10;
    return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
  }

  private isWordAt(i: number): boolean {
    if (i < 0 || i >= this.n) return false;
    const cp = this.cpAt(i);
    return cp === 95 || L(cp) || ND(cp);
  }

  private wordBefore(i: number): boolean {
    if (i <= 0) return false;
    const c = this.s.charCodeAt(i - 1);
    const j = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
    return this.isWordAt(j);
  }

  private assertion(node: Extract<RNode, { t: 'assert' }>, i: number): boolean {
    const s = this.s;
    const n = this.n;
    const f = node.flags;
    switch (node.kind) {
      case 'begin': return i === 0;
      case 'end': return i === n;
      case 'lastmatch': return i === this.lastMatchEnd;
      case 'word': return this.wordBefore(i) !== this.isWordAt(i);
      case 'nonword': return this.wordBefore(i) === this.isWordAt(i);
      case 'bol':
        if (!(f & MULTILINE)) return i === 0;
        // Like Perl, a multiline ^ never matches at the end of the input.
        if (i === n) return false;
        if (i === 0) return true;
        if (!this.isLineTerminatorAt(i - 1, f)) return false;
        // Between \r and \n is not a line start.
        return !(s.charCodeAt(i - 1) === 13 && s.charCodeAt(i) === 10 && !(f & UNIX_LINES));
      case 'eol':
        if (f & MULTILINE) {
          if (i === n) return true;
          if (!this.isLineTerminatorAt(i, f)) return false;
          return !(s.charCodeAt(i) === 10 && i > 0 && s.charCodeAt(i - 1) === 13 && !(f & UNIX_LINES));
        }
        // Without MULTILINE, $ is \Z.
        return this.endOrFinalTerminator(i, f);
      case 'endz': return this.endOrFinalTerminator(i, f);
    }
  }

  private endOrFinalTerminator(i: number, f: number): boolean {
    const s = this.s;
    const n = this.n;
    if (i === n) return true;
    if (f & UNIX_LINES) return i === n - 1 && s.charCodeAt(i) === 10;
    if (i === n - 2 && s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10) return true;
    if (i === n - 1 && this.isLineTerminatorAt(i, f)) return !(s.charCodeAt(i) === 10 && i > 0 && s.charCodeAt(i - 1) === 13);
    return false;
  }

  /** Match `node` at `i`, then the continuation. */
  m(node: RNode, i: number, k: Cont): boolean {
    this.tick();
    switch (node.t) {
      case 'char': {
        if (i >= this.n) return false;
        const cp = this.cpAt(i);
        if (!node.test(cp)) return false;
        return k(i + (cp > 0xffff ? 2 : 1));
      }
      case 'seq': return this.seq(node.items, 0, i, k);
      case 'alt': {
        for (const o of node.options) if (this.m(o, i, k)) return true;
        return false;
      }
      case 'group': {
        const caps = this.caps;
        const si = node.index * 2;
        const oldStart = caps[si]!;
        const oldEnd = caps[si + 1]!;
        const ok = this.m(node.body, i, (j) => {
          const ps = caps[si]!;
          const pe = caps[si + 1]!;
          caps[si] = i;
          caps[si + 1] = j;
          if (k(j)) return true;
          caps[si] = ps;
          caps[si + 1] = pe;
          return false;
        });
        if (!ok) {
          caps[si] = oldStart;
          caps[si + 1] = oldEnd;
        }
        return ok;
      }
      case 'repeat': return this.repeat(node, i, 0, k, -1);
      case 'atomic': {
        let end = -1;
        const saved = this.caps.slice();
        if (!this.m(node.body, i, (j) => ((end = j), true))) return false;
        if (k(end)) return true;
        this.caps = saved;
        return false;
      }
      case 'look': {
        const saved = this.caps.slice();
        let found: boolean;
        if (!node.behind) found = this.m(node.body, i, () => true);
        else {
          found = false;
          for (let start = i - node.minLen; start >= Math.max(0, i - node.maxLen); start--) {
            if (this.m(node.body, start, (j) => j === i)) {
              found = true;
              break;
            }
          }
        }
        if (found === node.negative) {
          this.caps = saved;
          return false;
        }
        if (node.negative) this.caps = saved;
        if (k(i)) return true;
        this.caps = saved;
        return false;
      }
      case 'backref': {
        if (node.index > this.pat.groupCount) return false;
        const a = this.caps[node.index * 2]!;
        const b = this.caps[node.index * 2 + 1]!;
        if (a < 0) return false;
        const len = b - a;
        if (i + len > this.n) return false;
        const want = this.s.slice(a, b);
        const got = this.s.slice(i, i + len);
        if (want !== got && !(node.ci && want.toLowerCase() === got.toLowerCase())) return false;
        return k(i + len);
      }
      case 'assert': return this.assertion(node, i) && k(i);
      case 'linebreak': {
        if (i >= this.n) return false;
        if (this.s.charCodeAt(i) === 13 && this.s.charCodeAt(i + 1) === 10) return k(i + 2);
        return VERTICAL(this.s.charCodeAt(i)) && k(i + 1);
      }
    }
  }

  private seq(items: RNode[], at: number, i: number, k: Cont): boolean {
    if (at === items.length) return k(i);
    return this.m(items[at]!, i, (j) => this.seq(items, at + 1, j, k));
  }

  private repeat(node: Extract<RNode, { t: 'repeat' }>, i: number, count: number, k: Cont, last: number): boolean {
    const body = node.body;
    if (body.t === 'char') return this.repeatChar(node, body.test, i, k);
    if (node.mode === 'possessive') {
      // Match as many as possible, then never give any back.
      let pos = i;
      let c = 0;
      while (c < node.max) {
        let next = -1;
        const saved = this.caps.slice();
        if (!this.m(body, pos, (j) => ((next = j), true)) || next === pos) {
          this.caps = saved;
          break;
        }
        pos = next;
        c++;
      }
      return c >= node.min && k(pos);
    }
    if (count < node.min) return this.m(body, i, (j) => this.repeat(node, j, count + 1, k, i));
    // An iteration that matched nothing ends the loop (Java's Loop node does the same).
    if (last === i && count > node.min) return false;
    if (node.mode === 'greedy') {
      if (count < node.max && this.m(body, i, (j) => j !== i && this.repeat(node, j, count + 1, k, i))) return true;
      return k(i);
    }
    if (k(i)) return true;
    return count < node.max && this.m(body, i, (j) => j !== i && this.repeat(node, j, count + 1, k, i));
  }

  /** A repeated single character: no recursion per character. */
  private repeatChar(node: Extract<RNode, { t: 'repeat' }>, test: CharTest, i: number, k: Cont): boolean {
    const ends: number[] = [i];
    let pos = i;
    const s = this.s;
    const limit = node.mode === 'lazy' ? node.min : node.max;
    while (ends.length - 1 < limit && pos < this.n) {
      const cp = s.codePointAt(pos)!;
      if (!test(cp)) break;
      pos += cp > 0xffff ? 2 : 1;
      ends.push(pos);
      this.tick();
    }
    if (ends.length - 1 < node.min) return false;
    if (node.mode === 'possessive') return k(pos);
    if (node.mode === 'greedy') {
      for (let c = ends.length - 1; c >= node.min; c--) {
        this.tick();
        if (k(ends[c]!)) return true;
      }
      return false;
    }
    // Lazy: the minimum first, then one more at a time.
    let c = node.min;
    pos = ends[c]!;
    for (;;) {
      this.tick();
      if (k(pos)) return true;
      if (c >= node.max || pos >= this.n) return false;
      const cp = s.codePointAt(pos)!;
      if (!test(cp)) return false;
      pos += cp > 0xffff ? 2 : 1;
      c++;
    }
  }

  /** Try a match starting exactly at `start`; `anchoredEnd` requires it to end at the input's end. */
  matchAt(start: number, anchoredEnd: boolean): JavaMatch | undefined {
    this.caps.fill(-1);
    let end = -1;
    const ok = this.m(this.pat.root, start, (j) => {
      if (anchoredEnd && j !== this.n) return false;
      end = j;
      return true;
    });
    if (!ok) return undefined;
    const groups: Array<string | undefined> = [this.s.slice(start, end)];
    for (let g = 1; g <= this.pat.groupCount; g++) {
      const a = this.caps[g * 2]!;
      groups.push(a < 0 ? undefined : this.s.slice(a, this.caps[g * 2 + 1]!));
    }
    return { start, end, groups, names: this.pat.names };
  }

  /** Matcher.find from `from`. */
  find(from: number): JavaMatch | undefined {
    for (let start = from; start <= this.n; start++) {
      const m = this.matchAt(start, false);
      if (m) return m;
      const c = this.s.charCodeAt(start);
      if (c >= 0xd800 && c <= 0xdbff) start++;
    }
    return undefined;
  }
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function run<T>(pattern: string, s: string, budget: RegexBudget, fn: (m: Matcher) => T): T {
  const m = new Matcher(compileJavaRegex(pattern), s, budget);
  try {
    return fn(m);
  } catch (err) {
    // Java's matcher recurses too, and overflows its stack on long inputs in the same way.
    if (err instanceof RangeError) throw new RegexStackError(`java.lang.StackOverflowError: the regular expression "${truncate(pattern)}" recursed too deeply on a ${s.length}-character input`);
    throw err;
  }
}

export class RegexStackError extends Error {}

const FOREVER: RegexBudget = { deadline: Infinity };

/** `String.matches` / `Pattern.matches`: the whole input must match. */
export function javaMatches(s: string, pattern: string, budget: RegexBudget = FOREVER): boolean {
  return run(pattern, s, budget, (m) => m.matchAt(0, true) !== undefined);
}

/** All matches in order, as Matcher.find() gives them (an empty match moves on by one). */
function* findAll(m: Matcher, s: string): Generator<JavaMatch> {
  let from = 0;
  while (from <= s.length) {
    const match = m.find(from);
    if (!match) return;
    yield match;
    m.lastMatchEnd = match.end;
    from = match.end === match.start ? match.end + 1 : match.end;
  }
}

/** Expand a Java replacement string (Matcher.appendReplacement) for one match. */
export function javaReplacement(replacement: string, match: JavaMatch): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new ReplacementError('java.lang.IllegalArgumentException: character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      if (i + 1 >= replacement.length) throw new ReplacementError('java.lang.IllegalArgumentException: Illegal group reference: group index is missing');
      if (replacement[i + 1] === '{') {
        const close = replacement.indexOf('}', i);
        const name = replacement.slice(i + 2, close < 0 ? replacement.length : close);
        if (close < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new ReplacementError("java.lang.IllegalArgumentException: named capturing group is missing trailing '}'");
        if (!match.names.has(name)) throw new ReplacementError(`java.lang.IllegalArgumentException: No group with name {${name}}`);
        out += match.groups[match.names.get(name)!] ?? '';
        i = close;
        continue;
      }
      let j = i + 1;
      if (!/[0-9]/.test(replacement[j] ?? '')) throw new ReplacementError('java.lang.IllegalArgumentException: Illegal group reference');
      let n = Number(replacement[j]);
      j++;
      while (/[0-9]/.test(replacement[j] ?? '') && n * 10 + Number(replacement[j]) < match.groups.length) {
        n = n * 10 + Number(replacement[j]);
        j++;
      }
      if (n >= match.groups.length) throw new ReplacementError(`java.lang.IndexOutOfBoundsException: No group ${n}`);
      out += match.groups[n] ?? '';
      i = j - 1;
    } else out += c;
  }
  return out;
}

/** A bad replacement string: Java's exception name and message. */
export class ReplacementError extends Error {}

/** `String.replaceAll` / `replaceFirst`. */
export function javaReplace(s: string, pattern: string, replacement: string, all: boolean, budget: RegexBudget = FOREVER): string {
  return run(pattern, s, budget, (m) => {
    let out = '';
    let last = 0;
    for (const match of findAll(m, s)) {
      out += s.slice(last, match.start) + javaReplacement(replacement, match);
      last = match.end;
      if (!all) break;
    }
    return out + s.slice(last);
  });
}

/** `String.split(regex, limit)`: a zero-width match at the start adds no empty first element; limit 0 drops trailing empties. */
export function javaSplit(s: string, pattern: string, limit = 0, budget: RegexBudget = FOREVER): string[] {
  if (s.length === 0) return [''];
  return run(pattern, s, budget, (m) => {
    const parts: string[] = [];
    let last = 0;
    for (const match of findAll(m, s)) {
      if (limit > 0 && parts.length === limit - 1) break;
      if (match.end === 0) continue;
      parts.push(s.slice(last, match.start));
      last = match.end;
    }
    parts.push(s.slice(last));
    if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    return parts;
  });
}
