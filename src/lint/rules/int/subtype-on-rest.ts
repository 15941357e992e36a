import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/subtype-on-rest',
  meta: {
    description: '`integrationSubtype` exists only in HTTP APIs; a REST API ignores it and needs an aws integration with a service URI instead.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.subtypes,
  },
  messages: { ignored: 'Integration for {{method}} sets integrationSubtype {{value}}, which REST APIs ignore; use type aws with an AWS service uri' },
  create(ctx) {
    return {
      Integration(node) {
        const v = node.value.integrationSubtype;
        if (v !== undefined) ctx.report({ messageId: 'ignored', data: { method: node.operation.label, value: JSON.stringify(v) }, node, at: ['integrationSubtype'], on: 'key' });
      },
    };
  },
});
