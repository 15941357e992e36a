import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/uri-missing',
  meta: {
    description: 'aws, aws_proxy, http and http_proxy integrations need a `uri` (HTTP API subtype integrations excepted).',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.putIntegration,
  },
  messages: { missing: 'Integration for {{method}} ({{type}}) has no uri' },
  create(ctx) {
    return {
      Integration(node) {
        if (!node.type || node.type === 'mock' || node.value.uri !== undefined) return;
        if (!['aws', 'aws_proxy', 'http', 'http_proxy'].includes(node.type)) return;
        if (node.type === 'aws_proxy' && node.value.integrationSubtype !== undefined) return;
        ctx.report({ messageId: 'missing', data: { method: node.operation.label, type: node.type }, node, on: 'key' });
      },
    };
  },
});
