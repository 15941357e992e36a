import { describe, expect, it } from 'vitest';

describe('compileTemplate from the package entry point', () => {
  it('compiles once and renders many events', async () => {
    const { compileTemplate, TemplateSyntaxError } = await import('apigw');
    const template = compileTemplate('{"id": "$input.params(\'id\')", "n": $input.path(\'$.n\')}');
    expect(template.render({ pathParameters: { id: 'a' }, body: '{"n": 1}' })).toBe('{"id": "a", "n": 1}');
    expect(template.render({ pathParameters: { id: 'b' }, body: '{"n": 2.50}' })).toBe('{"id": "b", "n": 2.5}');
    expect(() => compileTemplate('#if($x)')).toThrow(TemplateSyntaxError);
  });
});
