import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/jwt-on-rest',
  meta: {
    description: 'JWT authorizers exist only in HTTP APIs; REST APIs use cognito_user_pools or a Lambda authorizer.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.authorizer,
  },
  messages: { jwt: 'Authorizer "{{name}}" is a jwt authorizer, which REST APIs do not support; use cognito_user_pools or a Lambda (token/request) authorizer' },
  create(ctx) {
    return {
      Authorizer(node) {
        if (node.type === 'jwt') ctx.report({ messageId: 'jwt', data: { name: node.name }, node, at: ['type'] });
      },
    };
  },
});
