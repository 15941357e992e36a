import { describe, expect, it } from 'vitest';
import { checkJavaRegex, javaMatches, javaReplace, javaSplit, RegexTimeoutError } from '../../src/aws/java-regex.js';

// Expected values were produced by java.util.regex on the JVM (the Apache Velocity 1.7 reference renderer).
describe('java.util.regex semantics', () => {
  it.each([
    ['aaa', 'a*+a', false], ['aaa', '(?>a*)a', false], ['aaa', '(?i)A+', true], ['aaa', '\\p{javaLowerCase}+', true], ['aaa', '\\p{Lu}+', false],
    ['Ünïcödé ÀB', '\\w+ \\w+', false], ['Ünïcödé ÀB', '(?U)\\w+ \\w+', true], ['Ünïcödé ÀB', '\\p{L}+ \\p{Lu}+', true],
    ['Ünïcödé ÀB', '(?i)ünïcödé àb', false], ['Ünïcödé ÀB', '(?iu)ünïcödé àb', true],
    ['x.y.z', 'x\\Q.y.\\Ez', true], ['line1\nline2', 'line1$', false], ['line1\nline2', '(?s)line1.line2', true],
    ['abab', '(ab)\\1', true], ['abab', '(?:ab){2}', true], ['a+b', '[\\w+]+', true], ['a+b', '\\p{Punct}', false], ['a+b', '.\\p{Punct}.', true],
    ['tab\tx', 'tab\\hx', true], ['a\n', 'a$', false], ['a\n\n', 'a$', false],
  ])('%j matches %j: %s', (s, pattern, expected) => {
    expect(javaMatches(s, pattern)).toBe(expected);
  });

  it.each([
    ['Ünïcödé ÀB', '\\p{IsLatin}', 'x', 'xxxxxxx xx'], ['a1b2c3', '[a-c&&[^b]]', '_', '_1b2_3'], ['a1b2c3', '(?<=\\d)', '|', 'a1|b2|c3|'],
    ['a1b2c3', '\\B', '-', 'a-1-b-2-c-3'], ['x.y.z', '(?x) \\. # dot', '', 'xyz'], ['line1\nline2', '(?m)^', '>', '>line1\n>line2'],
    ['aXbXc', '(X)', '[$1]', 'a[X]b[X]c'], ['aXbXc', 'X', '\\$', 'a$b$c'], ['abab', 'b*', '-', '-a--a--'], ['abab', '', '-', '-a-b-a-b-'],
    ['tab\tx', '\\x{61}', 'A', 'tAb\tx'], ['tab\tx', '\\0141', '@', 't@b\tx'], ['a1', '(?<d>\\d)', '<${d}>', 'a<1>'], ['a\n', '$', '!', 'a!\n!'], ['a\r\n', '$', '!', 'a!\r\n!'],
  ])('%j.replaceAll(%j, %j) is %j', (s, pattern, replacement, expected) => {
    expect(javaReplace(s, pattern, replacement, true)).toBe(expected);
  });

  it('splits as String.split does', () => {
    expect(javaSplit('x.y.z', '\\.')).toEqual(['x', 'y', 'z']);
    expect(javaSplit('x.y.z', '\\.', 2)).toEqual(['x', 'y.z']);
    expect(javaSplit('aXbX', 'X', -1)).toEqual(['a', 'b', '']);
    expect(javaSplit('abc', '')).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['a{', 'Illegal repetition'], ['(?<x', "named capturing group is missing trailing '>'"], ['[z-a]', 'Illegal character range'],
    ['(a', 'Unclosed group'], ['a)', "Unmatched closing ')'"], ['*a', "Dangling meta character '*'"], ['\\y', 'Illegal/unsupported escape sequence'],
    ['(?<=a+)b', 'Look-behind group does not have an obvious maximum length'], ['\\p{Foo}', 'Unknown character property name {Foo}'],
    ['\\p{InGreek}', 'Unicode block \\p{InGreek} cannot be matched here; refused (write the character range instead)'],
    ['\\X', '\\X (extended grapheme cluster) cannot be matched exactly here; refused'],
  ])('refuses %j: %s', (pattern, message) => {
    expect(checkJavaRegex(pattern)?.message).toBe(message);
  });

  it('accepts what Java accepts and JavaScript does not', () => {
    for (const p of ['(?i)abc', 'a*+', '(?>a|b)', '\\Qa.b\\E', '\\p{Alpha}', '\\p{javaWhitespace}', '\\Aa\\z', '(?x) a b # c', 'x{2,}+', '[a-z&&[^q]]']) expect(checkJavaRegex(p)).toBeUndefined();
  });

  it('stops a match that backtracks past its deadline', () => {
    expect(() => javaMatches('a'.repeat(40), '(a|a)*b', { deadline: Date.now() + 100, timeoutMs: 100 })).toThrow(RegexTimeoutError);
  });
});
