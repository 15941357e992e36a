import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/ttl-range',
  meta: {
    description: '`authorizerResultTtlInSeconds` is a whole number from 0 to 3600.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.createAuthorizer,
  },
  messages: { invalid: 'Authorizer "{{name}}" has authorizerResultTtlInSeconds {{value}}; expected a whole number from 0 to 3600' },
  create: byNodeTypes,
});
