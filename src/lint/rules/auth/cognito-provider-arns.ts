import { COGNITO_POOL_ARN } from '../../../aws/arn.js';
import { DOCS } from '../../helpers/docs.js';
import { isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

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
  create(ctx) {
    return {
      Authorizer(node) {
        if (node.type !== 'cognito_user_pools') return;
        const arns = node.value.providerARNs;
        if (arns === undefined) return void ctx.report({ messageId: 'missing', data: { name: node.name }, node, on: 'key' });
        if (isUnknownValue(arns)) return;
        if (!Array.isArray(arns) || arns.length === 0) return void ctx.report({ messageId: 'empty', data: { name: node.name }, node, at: ['providerARNs'] });
        arns.forEach((arn, i) => {
          if (isUnknownValue(arn) || (typeof arn === 'string' && COGNITO_POOL_ARN.test(arn))) return;
          ctx.report({ messageId: 'invalid', data: { name: node.name, value: JSON.stringify(arn) }, node, at: ['providerARNs', i] });
        });
      },
    };
  },
});
