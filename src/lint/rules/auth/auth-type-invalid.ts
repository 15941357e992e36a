import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/auth-type-invalid',
  meta: {
    description: '`x-amazon-apigateway-auth` is `{type: NONE}` or `{type: AWS_IAM}` (any case).',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.auth,
  },
  messages: { invalid: '{{method}} has x-amazon-apigateway-auth type {{value}}; expected NONE or AWS_IAM' },
  create: byNodeTypes,
});
