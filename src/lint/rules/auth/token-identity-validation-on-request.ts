import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/token-identity-validation-on-request',
  meta: {
    description: '`identityValidationExpression` applies only to token authorizers.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.authorizer,
  },
  messages: { ignored: 'Authorizer "{{name}}" is {{type}}; identityValidationExpression applies only to token authorizers and is ignored' },
  create(ctx) {
    return {
      Authorizer(node) {
        if (node.value.identityValidationExpression !== undefined && node.type && node.type !== 'token') {
          ctx.report({ messageId: 'ignored', data: { name: node.name, type: node.type }, node, at: ['identityValidationExpression'], on: 'key' });
        }
      },
    };
  },
});
