import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../src/vtl/render.js';
import { TemplateLimitError, TemplateRuntimeError, TemplateSyntaxError } from '../../src/vtl/template.js';

// Any template text ends in output or in one of the three template errors: never another error
// (which the CLI would call an internal error), never a hang.
const token = fc.constantFrom(
  '#if(', '#else', '#elseif(', '#end', '#foreach(', '$i', ' in ', '[1..3]', '#set(', '$x', ' = ', ')', '(', '{', '}', '[', ']', '"', "'",
  '$s.matches(', '$s.replaceAll(', '"(a|b)*"', "'x'", ',', '#macro(', 'm', '#m(', '#@m(', '#define(', '#evaluate(', '$bodyContent', '\\',
  '$!', '${', '#{', '##', '#*', '*#', '#[[', ']]#', '\n', ' ', '1', '-1', '1.5e3', 'true', '&&', '||', '!', '==', '+', '/', '%',
  '$l.add($l)', '$l', '.', 'size()', "$input.path('$')", '$util.escapeJavaScript(', '#break', '#stop', '$foreach.index', '"$x"', '.class',
  '.get(0)', '[-1]', '#parse(', ':',
);

describe('VTL fuzz', () => {
  it('renders or fails with a template error for any sequence of VTL fragments', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (parts) => {
        try {
          compileTemplate(parts.join('')).render({ body: '{"a": [1, 2]}' }, { limits: { timeoutMs: 200 } });
        } catch (err) {
          expect([TemplateSyntaxError, TemplateRuntimeError, TemplateLimitError].some((k) => err instanceof k), String(err)).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });
});
