import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/api-key-source-invalid',
  meta: {
    description: '`x-amazon-apigateway-api-key-source` is HEADER or AUTHORIZER.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiKeySource,
  },
  messages: { invalid: 'x-amazon-apigateway-api-key-source is {{value}}; expected HEADER or AUTHORIZER' },
  create(ctx) {
    return {
      Root(model) {
        const v = model.doc['x-amazon-apigateway-api-key-source'];
        if (v === undefined || isUnknownValue(v) || v === 'HEADER' || v === 'AUTHORIZER') return;
        ctx.report({ messageId: 'invalid', data: { value: describeValue(v) }, node: model.base, at: ['x-amazon-apigateway-api-key-source'] });
      },
    };
  },
});
