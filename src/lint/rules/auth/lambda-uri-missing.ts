import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/lambda-uri-missing',
  meta: {
    description: 'token and request (Lambda) authorizers need `authorizerUri`, the Lambda invocation URI of the authorizer function.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.createAuthorizer,
  },
  messages: { missing: 'Lambda authorizer "{{name}}" ({{type}}) has no authorizerUri' },
  create(ctx) {
    return {
      Authorizer(node) {
        if ((node.type === 'token' || node.type === 'request') && node.value.authorizerUri === undefined) {
          ctx.report({ messageId: 'missing', data: { name: node.name, type: node.type }, node, on: 'key' });
        }
      },
    };
  },
});
