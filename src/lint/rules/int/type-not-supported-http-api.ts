import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/type-not-supported-http-api',
  meta: {
    description: 'HTTP APIs support only Lambda proxy (aws_proxy) and HTTP proxy (http_proxy) integrations.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'warning', docsUrl: DOCS.httpOpenApi,
  },
  messages: { unsupported: 'Integration for {{method}} is type {{type}}; HTTP APIs support only aws_proxy and http_proxy' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type === 'aws' || node.type === 'http' || node.type === 'mock') {
          ctx.report({ messageId: 'unsupported', data: { method: node.operation.label, type: node.type }, node, at: ['type'] });
        }
      },
    };
  },
});
