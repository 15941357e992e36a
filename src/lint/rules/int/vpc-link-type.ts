import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/vpc-link-type',
  meta: {
    description: 'In a REST API only http and http_proxy integrations can use a VPC link.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { wrongType: 'Integration for {{method}} is {{type}} with connectionType VPC_LINK; only http and http_proxy integrations use VPC links' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.connectionType !== 'VPC_LINK' || !node.type || node.type === 'http' || node.type === 'http_proxy') return;
        ctx.report({ messageId: 'wrongType', data: { method: node.operation.label, type: node.type }, node, at: ['connectionType'] });
      },
    };
  },
});
