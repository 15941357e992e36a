import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/uri-on-mock',
  meta: {
    description: 'A mock integration ignores `uri`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.apiIntegration,
  },
  messages: { ignored: 'Integration for {{method}} is a mock; its uri is ignored' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type === 'mock' && node.value.uri !== undefined) ctx.report({ messageId: 'ignored', data: { method: node.operation.label }, node, at: ['uri'], on: 'key' });
      },
    };
  },
});
