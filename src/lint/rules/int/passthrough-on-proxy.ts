import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/passthrough-on-proxy',
  meta: {
    description: 'Proxy integrations pass the request through unchanged, so `passthroughBehavior` has no effect.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.apiIntegration,
  },
  messages: { ignored: 'Integration for {{method}} is {{type}}; passthroughBehavior has no effect on proxy integrations' },
  create(ctx) {
    return {
      Integration(node) {
        if ((node.type === 'aws_proxy' || node.type === 'http_proxy') && node.value.passthroughBehavior !== undefined) {
          ctx.report({ messageId: 'ignored', data: { method: node.operation.label, type: node.type }, node, at: ['passthroughBehavior'], on: 'key' });
        }
      },
    };
  },
});
