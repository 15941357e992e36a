import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Known issues: "API Gateway doesn't use root level security defined in the OpenAPI specification". */
export const rule = defineRule({
  id: 'auth/root-security-ignored',
  meta: {
    description: 'REST APIs ignore top-level `security`; each method must list its own.',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { ignored: 'Top-level security is ignored by REST APIs; methods without their own security are left open' },
  create(ctx) {
    return {
      Root(model) {
        if (Array.isArray(model.doc.security) && model.doc.security.length > 0) {
          ctx.report({ messageId: 'ignored', node: model.base, at: ['security'], on: 'key' });
        }
      },
    };
  },
});
