import { describe, expect, it } from 'vitest';
import { templateText } from '../../../src/lint/helpers/websocket.js';

describe('template text', () => {
  it('reads strings as written and CloudFormation texts with the filled-in values replaced', () => {
    expect(templateText('$input.body')).toEqual({ text: '$input.body', exact: true });
    expect(templateText({ 'Fn::Sub': '{"TableName": "${Table}", "id": "${!Literal}"}' })).toEqual({ text: '{"TableName": "x", "id": "${Literal}"}', exact: false });
    expect(templateText({ 'Fn::Join': ['', ['{"t": "', { Ref: 'Table' }, '"}']] })).toEqual({ text: '{"t": "x"}', exact: false });
    expect(templateText({ 'Fn::If': ['Cond', 'a', 'b'] })).toBeUndefined();
  });
});
