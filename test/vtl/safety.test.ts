import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/vtl/render.js';
import { TemplateLimitError, TemplateRuntimeError, TemplateSyntaxError } from '../../src/vtl/template.js';

const render = (template: string, body = '{"a": 1}') => compileTemplate(template).renderWithWarnings({ body, requestContext: { stage: 'prod' } });

// Templates come from pull requests: nothing of the host is reachable, and nothing runs away.
describe('hostile templates', () => {
  it.each([
    '$input.getClass()', '$input.class', '$input.class.forName("java.lang.Runtime")', '$util.constructor', '$util.__proto__',
    '$context.constructor.constructor("return process")', '$input.params().__proto__', '#set($m = {})$m.__proto__.polluted',
    '$input.path("$").constructor', "$util.parseJson('{}').getClass().forName('java.lang.Runtime')", "$util.parseJson('{}').class.getMethods()", '$process', '$require', '$globalThis', '$this',
  ])('%s reaches nothing', (template) => {
    expect(render(template).output).toBe('');
  });

  it('names the Java class of a value, as Velocity does, and offers nothing else of it', () => {
    expect(render("$util.parseJson('{}').getClass() $util.parseJson('{}').class.simpleName").output).toBe('class java.util.LinkedHashMap LinkedHashMap');
    expect(render("#set($s = 'x')$s.class.name $s.charAt(0).class").output).toBe('java.lang.String class java.lang.Character');
  });

  it('does not pollute prototypes through #set', () => {
    render('#set($m = {"__proto__": {"polluted": 1}})#set($m.__proto__ = "x")#set($context.__proto__ = "x")');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('stops #foreach after 1,000 items as API Gateway does, and says so', () => {
    // API Gateway quotas: "#foreach ... limited to 1,000 iterations" (quotas page).
    const items = JSON.stringify({ items: Array.from({ length: 1500 }, (_, i) => i) });
    const { output, warnings } = render("#foreach($i in $input.path('$.items'))x#end", items);
    expect(output).toBe('x'.repeat(1000));
    expect(warnings).toEqual(["#foreach stopped after 1000 iterations (API Gateway's limit); 500 item(s) were not processed"]);
  });

  it('refuses huge ranges', () => {
    expect(() => render('#foreach($i in [1..100000000])#end')).toThrow(TemplateLimitError);
  });

  it('limits time', () => {
    const t = compileTemplate('#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end');
    expect(() => t.render({}, { limits: { timeoutMs: 200, maxOutputLength: 1e9 } })).toThrow(/rendering took longer than 200 ms/);
  });

  it('limits output and string growth', () => {
    expect(() => render('#foreach($i in [1..1000])#foreach($j in [1..1000])xxxxxxxxxxxxxxxxxxxx#end#end')).toThrow(/output is larger than/);
    expect(() => render('#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..100])#set($s = "$s$s")#end')).toThrow(TemplateLimitError);
    expect(() => render('#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..100])#set($s = $s + $s)#end')).toThrow(TemplateLimitError);
  });

  it('limits macro recursion', () => {
    expect(() => render('#macro(loop $n)#loop($n)#end#loop(1)')).toThrow(/macro calls nest deeper than 64/);
  });

  // Each of these backtracks catastrophically in java.util.regex too; the render is stopped at its limit.
  it.each([
    ["'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'", "$s.matches('(a+)+$')"],
    ["'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'", "$s.matches('(a|a)*b')"],
    ["'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'", "$s.matches('.*.*.*.*.*.*.*.*b')"],
    ["'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'", "$s.replaceAll('(a|aa)+$', 'x')"],
    ["'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'", "$s.matches('(.*a){20}')"],
  ])('stops %s with %s at the time limit', (value, call) => {
    const t = compileTemplate(`#set($s = ${value})${call}`);
    expect(() => t.render({}, { limits: { timeoutMs: 200 } })).toThrow(TemplateLimitError);
    expect(() => t.render({}, { limits: { timeoutMs: 200 } })).toThrow(/ran past the time limit of 200 ms/);
  });

  it('prints a collection that holds itself as Java does, and refuses one nested too deeply', () => {
    expect(render('#set($l = [1])#set($t = $l.add($l))$l').output).toBe('[1, (this Collection)]');
    expect(render("#set($m = {})#set($t = $m.put('k', $m))$m").output).toBe('{k=(this Map)}');
    expect(render('#set($l = [1])#foreach($i in [1..20])#set($t = $l.addAll($l))#end$l.size()').output).toBe('1048576');
    expect(() => render('#set($l = [1])#foreach($i in [1..40])#set($t = $l.addAll($l))#end')).toThrow(/OutOfMemoryError: a list grew past 2000000 items/);
    expect(() => render('#set($a = [])#set($b = [$a])#set($t = $a.add($b))$a')).toThrow(/StackOverflowError/);
  });

  it.each([
    ['#if(true)', '#end', 5000],
    ['#if(true)', '#end', 100000],
    ['#set($x = ', ')', 20000],
  ])('refuses %s nested %s times with a syntax error naming the limit', (open, close, n) => {
    const text = open === '#set($x = ' ? `#set($x = ${'('.repeat(n)}1${')'.repeat(n)})` : `${open.repeat(n)}x${close.repeat(n)}`;
    expect(() => compileTemplate(text)).toThrow(TemplateSyntaxError);
    expect(() => compileTemplate(text)).toThrow(/nests deeper than 256 levels/);
  });

  it('parses and renders a 50,000-link method chain', () => {
    expect(render(`#set($s = 'abc')$s${'.trim()'.repeat(50000)}`).output).toBe('abc');
  });

  it('stops a parse that passes the deadline', () => {
    expect(() => compileTemplate(`$s${'.trim()'.repeat(50000)}`, { deadline: Date.now() - 1 })).toThrow(TemplateLimitError);
  });

  it('stops #define and #evaluate that call themselves', () => {
    expect(render('#define($d)x$d#end$d').output).toBe('xx$d');
    expect(() => render("#set($e = '#evaluate($e)')#evaluate($e)")).toThrow(/#evaluate calls nest deeper than 64/);
  });

  it('refuses JSON nested too deeply', () => {
    expect(() => render(`$util.parseJson('${'['.repeat(2000)}${']'.repeat(2000)}')`)).toThrow(TemplateRuntimeError);
  });
});
