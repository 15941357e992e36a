import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/vtl/render.js';
import { oracleMissing, renderWithOracle } from '../support/oracle.js';
import { eventOf, type VtlCase } from '../support/vtl-cases.js';

/**
 * Our engine and Apache Velocity 1.7 (the reference renderer, with the same $input, $util,
 * $context model) must render the same bytes: for the fixture templates, and for templates
 * generated from a small grammar over generated JSON bodies.
 */
const missing = oracleMissing();
if (missing) console.warn(`\nNOTICE: the differential test against Apache Velocity 1.7 is SKIPPED: ${missing}\n`);

const root = fileURLToPath(new URL('../../fixtures/vtl/', import.meta.url));

function fixtureCases(): VtlCase[] {
  return readdirSync(root).sort().map((name) => {
    const event = JSON.parse(readFileSync(`${root}${name}/event.json`, 'utf8'));
    return {
      name: `fixture-${name}`,
      template: readFileSync(`${root}${name}/template.vtl`, 'utf8'),
      request: {
        body: event.body ?? '', headers: event.headers, query: event.queryStringParameters, path: event.pathParameters,
        stageVariables: event.stageVariables, context: event.requestContext,
      },
    };
  });
}

const text = fc.constantFrom(' {', '}', '"', ': ', ', ', '\n', ' ', 'a', 'id', ' [', ']', '-', '\n  ');
const stringRef = fc.constantFrom(
  "$input.path('$.s')", '$s', '$s.toUpperCase()', '$s.trim()', "$s.replaceAll('[aeiou]+', '*')", "$s.replace('a', 'A')",
  "$util.escapeJavaScript($s)", '$util.urlEncode($s)', '$util.base64Encode($s)', "$input.params('q')", '$context.stage',
  '$stageVariables.v', '$missing', "$s.substring(0, 1)", '$obj', '$list', "$input.json('$.obj')", "$input.json('$.list')",
  "$input.json('$.list[0]')", "$input.path('$.obj.k1')", '$obj.keySet()', '$list.size()', '$s.length()',
  "$s.split(' ').size()", "$s.indexOf('a')", "$s.contains('e')", '$input.params()', '$flag',
);
const numberExpr = fc.constantFrom('$n + 3', '$n * 2', '$n / 3', '$n % 5', '$d * 2', '$d + $n', '$n - $d', '$list.size() + 1', '$n + 2147483647');
const condition = fc.constantFrom('$n > 3', '$s.length() == 0', '$flag', '!$flag', '$missing', '$n == $d', '$s == "x"', "$obj.containsKey('k1')", '$list.isEmpty()', '$d >= 0', '$flag && $n < 0', '$missing == ""');
const prelude = "#set($s = $input.path('$.s'))#set($n = $input.path('$.n'))#set($d = $input.path('$.d'))#set($list = $input.path('$.list'))#set($obj = $input.path('$.obj'))#set($flag = $input.path('$.flag'))";

const statement: fc.Arbitrary<string> = fc.oneof(
  text,
  stringRef,
  numberExpr.map((e) => `#set($v = ${e})$v`),
  fc.tuple(condition, stringRef, stringRef).map(([c, a, b]) => `#if(${c})${a}#{else}${b}#end`),
  fc.constant(" #foreach($i in $list)[$i]#if($foreach.hasNext),#end#end"),
  fc.constant("#foreach($k in $obj.keySet())$k=$obj.get($k);#end"),
  fc.tuple(condition, stringRef).map(([c, a]) => `\n#if(${c})\n  ${a}\n#end\n`),
);

const asciiish = fc.string({ unit: fc.constantFrom(...'abc xyzAEIOU019 ,.\'"/\\&%+=<>é€😀\n\t'.split(/(?:)/u)), maxLength: 12 });
const body = fc.record({
  s: asciiish,
  n: fc.integer({ min: -1000, max: 1000 }),
  // Subnormal doubles are left out: JDK 17's Double.toString is not shortest for them (8e-323 prints 7.9E-323).
  d: fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || Math.abs(x) > 1e-300),
  list: fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), asciiish, fc.boolean()), { maxLength: 4 }),
  obj: fc.dictionary(fc.constantFrom('k1', 'k2', 'k3', 'k4'), fc.oneof(fc.integer(), asciiish)),
  flag: fc.boolean(),
});
const generated = fc.tuple(fc.array(statement, { minLength: 1, maxLength: 8 }), body, asciiish);

function generatedCases(count: number): VtlCase[] {
  return fc.sample(generated, { numRuns: count, seed: 20261126 }).map(([parts, b, q], i) => ({
    name: `generated-${String(i).padStart(3, '0')}`,
    template: prelude + parts.join(''),
    request: { body: JSON.stringify(b), query: { q }, stageVariables: { v: 'stage-value' }, context: { stage: 'test' } },
  }));
}

describe.skipIf(!!missing)('differential: our engine against Apache Velocity 1.7', () => {
  const cases = [...fixtureCases(), ...generatedCases(400)];
  const oracle = missing ? {} : renderWithOracle(cases);
  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const expected = oracle[name]!;
    let ours: { output?: string; error?: string };
    try {
      ours = { output: compileTemplate(c.template).render(eventOf(c)) };
    } catch (err) {
      ours = { error: (err as Error).message };
    }
    if (process.env.APIGW_DIFF_DUMP && JSON.stringify(ours) !== JSON.stringify({ output: expected.output })) console.log(`DIFF ${name}\n  ours:   ${JSON.stringify(ours)}\n  oracle: ${JSON.stringify(expected)}\n  body:   ${JSON.stringify(c.request?.body)}`);
    if (expected.error !== undefined && expected.error !== null) expect(ours.error, `oracle failed with ${expected.error} on ${JSON.stringify(c.template)}`).toBeDefined();
    else expect(ours, c.template).toEqual({ output: expected.output });
  });
});
