import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** PutIntegration: "Enumeration value for HttpMethod must be non-empty". */
export const rule = defineRule({
  id: 'int/http-method-missing',
  meta: {
    description: 'Every REST integration other than mock needs `httpMethod`, the verb used to call the back end.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.putIntegration,
  },
  messages: { missing: 'Integration for {{method}} ({{type}}) has no httpMethod{{hint}}' },
  create(ctx) {
    return {
      Integration(node) {
        if (!node.type || node.type === 'mock' || node.value.httpMethod !== undefined) return;
        if (!['aws', 'aws_proxy', 'http', 'http_proxy'].includes(node.type)) return;
        const hint = node.type.startsWith('aws') ? '; Lambda and AWS service integrations use POST' : '';
        ctx.report({ messageId: 'missing', data: { method: node.operation.label, type: node.type, hint }, node, on: 'key' });
      },
    };
  },
});
