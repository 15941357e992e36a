import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

const TYPES = { rest: ['token', 'request', 'cognito_user_pools'], http: ['request', 'jwt'] };

export const rule = defineRule({
  id: 'auth/type-invalid',
  meta: {
    description: 'An authorizer `type` is token, request or cognito_user_pools in a REST API, and request or jwt in an HTTP API.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.authorizer,
  },
  messages: {
    missing: 'Authorizer "{{name}}" has no type ({{allowed}})',
    invalid: 'Authorizer "{{name}}" has type {{value}}; {{kind}} APIs accept {{allowed}}',
  },
  create(ctx) {
    return {
      Authorizer(node) {
        const allowed = TYPES[ctx.model.apiType];
        const t = node.value.type;
        const data = { name: node.name, allowed: allowed.join(', '), kind: ctx.model.apiType.toUpperCase() };
        if (t === undefined) ctx.report({ messageId: 'missing', data, node, on: 'key' });
        else if (isUnknownValue(t)) return;
        // A jwt authorizer in a REST API has its own rule (auth/jwt-on-rest).
        else if (!(typeof t === 'string' && allowed.includes(t.toLowerCase())) && !(ctx.model.apiType === 'rest' && node.type === 'jwt')) {
          ctx.report({ messageId: 'invalid', data: { ...data, value: describeValue(t) }, node, at: ['type'] });
        }
      },
    };
  },
});
