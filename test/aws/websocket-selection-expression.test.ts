import { describe, expect, it } from 'vitest';
import { sameSelectionExpression, selectionParts, selectionVariables, staticSelectionValue } from '../../src/aws/websocket-selection-expression.js';

// Selection expression language: "$" prefixes a variable, "${...}" bounds one, "\$" escapes a
// dollar sign ("\$default" maps to the reserved $default key), the rest is static text
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
describe('WebSocket selection expressions', () => {
  const v = (name: string, wrapped: boolean) => ({ kind: 'variable', name, wrapped });
  const t = (text: string) => ({ kind: 'text', text });
  it.each([
    ['$request.body.action', [v('request.body.action', false)]],
    ['${request.body.action}', [v('request.body.action', true)]],
    ['${request.body.service}/${request.body.action}', [v('request.body.service', true), t('/'), v('request.body.action', true)]],
    ['${request.body.version}-beta', [v('request.body.version', true), t('-beta')]],
    ['\\$default', [t('$default')]],
    ['$default', [v('default', false)]],
    ['action', [t('action')]],
    ['price: $5', [t('price: $5')]],
    ["$request.body['a-b'][0].c*", [v("request.body['a-b'][0].c*", false)]],
    ['x ${request.body.a', [t('x '), { kind: 'text', text: '${request.body.a', unclosed: true }]],
  ])('%s', (expression, parts) => {
    expect(selectionParts(expression)).toEqual(parts);
  });

  it('lists the variables an expression reads', () => {
    expect(selectionVariables('${request.body.a}-$context.x \\$y')).toEqual(['request.body.a', 'context.x']);
  });

  it('gives the value of an expression without variables, and none otherwise', () => {
    expect(staticSelectionValue('\\$default')).toBe('$default');
    expect(staticSelectionValue('200')).toBe('200');
    expect(staticSelectionValue('${request.body.kind}')).toBeUndefined();
  });

  it('tells wrapped and unwrapped variables alike', () => {
    expect(sameSelectionExpression('$request.body.action', '${request.body.action}')).toBe(true);
    expect(sameSelectionExpression('$request.body.action', '$request.body.type')).toBe(false);
    expect(sameSelectionExpression('\\$default', '$default')).toBe(false);
  });
});
