import { describe, expect, it } from 'vitest';
import { parseSelection, sameSelection, staticValue, templateText } from '../../../src/lint/helpers/ws-integrations.js';

// Selection expression language: "$" prefixes a variable, "${...}" bounds one, "\$" escapes a
// dollar sign ("\$default" maps to the reserved $default key), the rest is static text
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
describe('WebSocket selection expressions', () => {
  it.each([
    ['$request.body.action', [{ variable: 'request.body.action' }]],
    ['${request.body.action}', [{ variable: 'request.body.action' }]],
    ['${request.body.service}/${request.body.action}', [{ variable: 'request.body.service' }, { literal: '/' }, { variable: 'request.body.action' }]],
    ['${request.body.version}-beta', [{ variable: 'request.body.version' }, { literal: '-beta' }]],
    ['\\$default', [{ literal: '$default' }]],
    ['$default', [{ variable: 'default' }]],
    ['action', [{ literal: 'action' }]],
    ['price: $5', [{ literal: 'price: $5' }]],
  ])('%s', (expression, parts) => {
    expect(parseSelection(expression)).toEqual(parts);
  });

  it('gives the value of an expression without variables, and none otherwise', () => {
    expect(staticValue('\\$default')).toBe('$default');
    expect(staticValue('200')).toBe('200');
    expect(staticValue('${request.body.kind}')).toBeUndefined();
  });

  it('tells wrapped and unwrapped variables alike', () => {
    expect(sameSelection('$request.body.action', '${request.body.action}')).toBe(true);
    expect(sameSelection('$request.body.action', '$request.body.type')).toBe(false);
    expect(sameSelection('\\$default', '$default')).toBe(false);
  });
});

describe('template text', () => {
  it('reads strings as written and CloudFormation texts with the filled-in values replaced', () => {
    expect(templateText('$input.body')).toEqual({ text: '$input.body', exact: true });
    expect(templateText({ 'Fn::Sub': '{"TableName": "${Table}", "id": "${!Literal}"}' })).toEqual({ text: '{"TableName": "x", "id": "${Literal}"}', exact: false });
    expect(templateText({ 'Fn::Join': ['', ['{"t": "', { Ref: 'Table' }, '"}']] })).toEqual({ text: '{"t": "x"}', exact: false });
    expect(templateText({ 'Fn::If': ['Cond', 'a', 'b'] })).toBeUndefined();
  });
});
