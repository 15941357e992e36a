import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { describeValue } from '../../helpers/values.js';
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
        const stated = statedRootValue(model, KEY);
        if (!stated) return;
        const { value: v, loc } = stated;
        if (typeof v !== 'string' || !/^(TLS_1_0|TLS_1_2|SecurityPolicy_[A-Za-z0-9_-]+)$/.test(v)) return void ctx.report({ messageId: 'invalid', data: { value: describeValue(v) }, node: loc });
        if (v.startsWith('SecurityPolicy_') && model.doc['x-amazon-apigateway-endpoint-access-mode'] === undefined) ctx.report({ messageId: 'accessMode', data: { value: v }, node: loc });
      },
    };
  },
});
