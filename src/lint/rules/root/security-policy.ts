import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-security-policy';

export const rule = defineRule({
  id: 'root/security-policy',
  meta: {
    description: '`x-amazon-apigateway-security-policy` is TLS_1_0, TLS_1_2 or a SecurityPolicy_* name; SecurityPolicy_* needs `x-amazon-apigateway-endpoint-access-mode`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.securityPolicy,
  },
  messages: {
    invalid: 'x-amazon-apigateway-security-policy is {{value}}; expected TLS_1_0, TLS_1_2 or a SecurityPolicy_* name',
    accessMode: 'Security policy {{value}} requires x-amazon-apigateway-endpoint-access-mode (BASIC or STRICT)',
  },
  create(ctx) {
    return {
      Root(model) {
        // invalid: a row of src/lint/node-types.ts.
        const v = model.doc[KEY];
        if (typeof v !== 'string' || !/^SecurityPolicy_[A-Za-z0-9_-]+$/.test(v) || model.doc['x-amazon-apigateway-endpoint-access-mode'] !== undefined) return;
        ctx.report({ messageId: 'accessMode', data: { value: v }, node: rootKey(model, KEY) });
      },
    };
  },
});
