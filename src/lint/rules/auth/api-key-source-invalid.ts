import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/api-key-source-invalid',
  meta: {
    description: '`x-amazon-apigateway-api-key-source` is HEADER or AUTHORIZER.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiKeySource,
  },
  messages: { invalid: 'x-amazon-apigateway-api-key-source is {{value}}; expected HEADER or AUTHORIZER' },
  create: byNodeTypes,
});
