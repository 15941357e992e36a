import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/type-missing',
  meta: {
    description: 'Every integration needs a `type`.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { missing: 'Integration for {{method}} has no type (aws, aws_proxy, http, http_proxy or mock)' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.type === undefined) ctx.report({ messageId: 'missing', data: { method: node.operation.label }, node, on: 'key' });
      },
    };
  },
});
