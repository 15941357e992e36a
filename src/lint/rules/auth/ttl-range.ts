import { DOCS } from '../../helpers/docs.js';
import { asInteger, describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/ttl-range',
  meta: {
    description: '`authorizerResultTtlInSeconds` is a whole number from 0 to 3600.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.createAuthorizer,
  },
  messages: { invalid: 'Authorizer "{{name}}" has authorizerResultTtlInSeconds {{value}}; expected a whole number from 0 to 3600' },
  create(ctx) {
    return {
      Authorizer(node) {
        const raw = node.value.authorizerResultTtlInSeconds;
        if (raw === undefined || isUnknownValue(raw)) return;
        const n = asInteger(raw);
        if (n === undefined || n < 0 || n > 3600) ctx.report({ messageId: 'invalid', data: { name: node.name, value: describeValue(raw) }, node, at: ['authorizerResultTtlInSeconds'] });
      },
    };
  },
});
