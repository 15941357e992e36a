import { DOCS } from '../../helpers/docs.js';
import { operationSchemeUses } from '../../helpers/security.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'auth/multiple-authorizers-rest',
  meta: {
    description: 'A REST method has one authorizer; with several, only one is used (an API key alongside is fine).',
    category: 'authorizers', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.authorizer,
  },
  messages: { multiple: '{{method}} names authorizers {{names}}; a REST method uses only one authorizer' },
  create(ctx) {
    return {
      Operation(op) {
        const names = [...new Set(operationSchemeUses(op).map((u) => u.name).filter((n) => ctx.model.securitySchemes.get(n)?.authorizer))];
        if (names.length > 1) ctx.report({ messageId: 'multiple', data: { method: op.label, names: names.join(', ') }, node: op, at: ['security'] });
      },
    };
  },
});
