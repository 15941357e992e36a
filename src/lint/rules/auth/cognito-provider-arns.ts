import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/cognito-provider-arns',
  meta: {
    description: 'A cognito_user_pools authorizer needs `providerARNs`: a non-empty list of Cognito user pool ARNs.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.createAuthorizer,
  },
  messages: {
    missing: 'Cognito authorizer "{{name}}" has no providerARNs',
    empty: 'Cognito authorizer "{{name}}" has an empty providerARNs list',
    invalid: 'Cognito authorizer "{{name}}" lists {{value}}, which is not a user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool-id>)',
  },
  create: byNodeTypes,
});
