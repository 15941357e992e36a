import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/auth-type-invalid',
  meta: {
    description: '`x-amazon-apigateway-auth` is `{type: NONE}` or `{type: AWS_IAM}` (any case).',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.auth,
  },
  messages: { invalid: '{{method}} has x-amazon-apigateway-auth type {{value}}; expected NONE or AWS_IAM' },
  create(ctx) {
    return {
      Operation(op) {
        const auth = op.value['x-amazon-apigateway-auth'];
        if (auth === undefined) return;
        const t = isObject(auth) ? auth.type : auth;
        if (isUnknownValue(t) || (typeof t === 'string' && ['none', 'aws_iam'].includes(t.toLowerCase()))) return;
        ctx.report({ messageId: 'invalid', data: { method: op.label, value: describeValue(t) }, node: op, at: isObject(auth) && t !== undefined ? ['x-amazon-apigateway-auth', 'type'] : ['x-amazon-apigateway-auth'] });
      },
    };
  },
});
