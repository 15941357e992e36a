import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/vtl/render.js';
import { TemplateSyntaxError } from '../../src/vtl/template.js';

// Syntax errors name what is wrong in the template's words, never the parser's tokens.
describe('VTL syntax errors', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": #set($m = {"k": 1', 'unclosed map literal {', 3, 18],
    ['{\n  "a": 1,\n  "b": #set($m = {"k": 1)\n}', 'expected "," or "}" in the map literal { at 3:18, found ")"', 3, 25],
    ['#set($m = {"k": 1, "j" 2})', 'expected ":" after a key in the map literal { at 1:11, found "2"', 1, 24],
    ['#if(true)\n  #foreach($i in [1, 2])$i\n#end', '#if is never closed with #end', 1, 1],
    ['x\n  #foreach($i in $l)\n', '#foreach is never closed with #end', 2, 3],
    ['#end', '#end has no opening #if, #foreach, #macro or #define', 1, 1],
    ['#if(true)a#else b#elseif(true)c#end', '#elseif comes after #else', 1, 18],
    ['#set($a = "abc)', 'unclosed string literal "', 1, 11],
    ['#set($l = [1, 2)', 'expected "," or "]" in the list literal [ at 1:11, found ")"', 1, 16],
    ['#set($x = $a.b($c + 1))', 'expected "," or ")" in the arguments of b( at 1:15, found "+"', 1, 19],
    ['#set($x 1)', '#set at 1:1 needs "=" after $x, found "1"', 1, 9],
    ['#if($a == )x#end', 'unexpected ")" in the expression; expected a reference, a string, a number, true, false, a list or a map', 1, 11],
    ['#set($x = (1 + 2)', '#set( is never closed with ")"', 1, 1],
    ['$a[ $b', 'index [ at 1:3 is never closed with "]", found the end of the template', 1, 7],
    ['$a[]', '"[" after $a must start an index such as [0] or [\'key\']', 1, 3],
    ['end $', 'a "$" at the very end of the template does not parse in Velocity 1.7 (it expects a reference name after it)', 1, 5],
    ['#* never closed', 'comment #* is never closed with *#', 1, 1],
    ['#macro(m $a)body', '#macro is never closed with #end', 1, 1],
  ])('%j: %s', (template, message, line, column) => {
    let error: unknown;
    try {
      compileTemplate(template);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    const detail = (error as TemplateSyntaxError).detail;
    expect(detail.message).toBe(message);
    expect([detail.line, detail.column]).toEqual([line, column]);
    expect(detail.message).not.toMatch(/MAP_END|CLOSE_PARENTHESIS|unexpected '/);
  });
});
