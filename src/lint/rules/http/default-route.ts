import { ANY_METHOD } from '../../../model/model.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/default-route',
  meta: {
    description: '`isDefaultRoute: true` belongs on one `x-amazon-apigateway-any-method` operation only.',
    category: 'methods', appliesTo: 'http', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.anyMethod,
  },
  messages: {
    notAny: '{{method}} sets isDefaultRoute, which only an x-amazon-apigateway-any-method operation can be',
    second: '{{method}} is a second default route; {{other}} already is',
  },
  create(ctx) {
    let first: string | undefined;
    return {
      Operation(op) {
        if (op.value.isDefaultRoute !== true) return;
        if (op.key !== ANY_METHOD) ctx.report({ messageId: 'notAny', data: { method: op.label }, node: op, at: ['isDefaultRoute'], on: 'key' });
        else if (first) ctx.report({ messageId: 'second', data: { method: op.label, other: first }, node: op, at: ['isDefaultRoute'], on: 'key' });
        else first = op.label;
      },
    };
  },
});
