import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/multiple-requirements',
  meta: {
    description: 'An HTTP API route takes one authorization: IAM, a Lambda authorizer or a JWT authorizer, not a list of alternatives or a combination.',
    category: 'authorizers', appliesTo: 'http', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.httpOpenApi,
  },
  messages: { multiple: '{{method}} lists {{count}} security schemes; an HTTP API route supports exactly one' },
  create(ctx) {
    return {
      Operation(op) {
        const sec = op.value.security;
        if (!Array.isArray(sec)) return;
        const count = sec.reduce((n: number, r) => n + (r && typeof r === 'object' ? Object.keys(r).length : 0), 0);
        if (count > 1) ctx.report({ messageId: 'multiple', data: { method: op.label, count }, node: op, at: ['security'] });
      },
    };
  },
});
