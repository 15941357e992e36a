import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
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
        const v = model.doc[KEY];
        if (v === undefined || isUnknownValue(v) || v === 'BASIC' || v === 'STRICT') return;
        ctx.report({ messageId: 'invalid', data: { value: describeValue(v) }, node: rootKey(model, KEY) });
      },
    };
  },
});
