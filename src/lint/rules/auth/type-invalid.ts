import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

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
  create: byNodeTypes,
});
