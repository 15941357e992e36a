import { describe, expect, it } from 'vitest';
import { readTemplateText, type TemplatePart } from '../../src/aws/template-text.js';

// Fn::Sub replaces ${Name} and writes ${!Name} as the literal ${Name}
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html);
// Fn::Join joins its parts, some of them values CloudFormation fills in
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-join.html).
describe('readTemplateText', () => {
  const show = (part: TemplatePart) => `<${part.kind}:${part.name}>`;
  it.each([
    ['a string as it is', '$input.body ${x}', { form: 'string', text: '$input.body ${x}', path: '' }],
    ['an Fn::Sub string', { 'Fn::Sub': '{"t": "${Table}", "v": "${!Literal}"}' }, { form: 'sub', text: '{"t": "<sub:Table>", "v": "<escaped:Literal>"}', path: '/Fn::Sub' }],
    ['an Fn::Sub with variables', { 'Fn::Sub': ['${A}', { A: 'x' }] }, { form: 'sub', text: '<sub:A>', path: '/Fn::Sub/0' }],
    ['an Fn::Join, nested texts read', { 'Fn::Join': ['', ['{"t": "', { Ref: 'Table' }, '", "a": "', { 'Fn::GetAtt': ['Fn', 'Arn'] }, '", "s": "', { 'Fn::Sub': '${B}' }, '"}']] },
      { form: 'join', text: '{"t": "<join:Table>", "a": "<join:Fn.Arn>", "s": "<sub:B>"}', path: '' }],
  ])('%s', (_, value, expected) => {
    expect(readTemplateText(value, show)).toEqual(expected);
  });

  it('reads nothing else, nor a text whose part the caller cannot write', () => {
    expect(readTemplateText({ 'Fn::If': ['C', 'a', 'b'] }, show)).toBeUndefined();
    expect(readTemplateText({ 'Fn::Sub': 'x', Other: 1 }, show)).toBeUndefined();
    expect(readTemplateText({ 'Fn::Sub': '${A}' }, () => undefined)).toBeUndefined();
    expect(readTemplateText({ 'Fn::Join': ['', ['a', { Ref: 'B' }]] }, (p) => (p.kind === 'join' ? undefined : 'x'))).toBeUndefined();
  });
});
