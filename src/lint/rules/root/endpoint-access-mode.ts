import { DOCS } from '../../helpers/docs.js';
import { statedRootValue } from '../../helpers/root.js';
import { describeValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-endpoint-access-mode';

export const rule = defineRule({
  id: 'root/endpoint-access-mode',
  meta: {
    description: '`x-amazon-apigateway-endpoint-access-mode` is BASIC or STRICT.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.endpointAccessMode,
  },
  messages: { invalid: 'x-amazon-apigateway-endpoint-access-mode is {{value}}; expected BASIC or STRICT' },
  create(ctx) {
    return {
      Root(model) {
        const stated = statedRootValue(model, KEY);
        if (!stated || stated.value === 'BASIC' || stated.value === 'STRICT') return;
        ctx.report({ messageId: 'invalid', data: { value: describeValue(stated.value) }, node: stated.loc });
      },
    };
  },
});
