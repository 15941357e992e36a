import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/request-templates-on-proxy',
  meta: {
    description: 'Proxy integrations pass the request through unchanged: `requestTemplates` on them are ignored.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.apiIntegration,
  },
  messages: { ignored: 'Integration for {{method}} is {{type}}; its requestTemplates are ignored (use a non-proxy integration to transform the request)' },
  create(ctx) {
    return {
      Integration(node) {
        if ((node.type === 'aws_proxy' || node.type === 'http_proxy') && node.value.requestTemplates !== undefined) {
          ctx.report({ messageId: 'ignored', data: { method: node.operation.label, type: node.type }, node, at: ['requestTemplates'], on: 'key' });
        }
      },
    };
  },
});
