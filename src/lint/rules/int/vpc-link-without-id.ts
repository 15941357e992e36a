import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/vpc-link-without-id',
  meta: {
    description: 'A VPC_LINK integration must name its VPC link in `connectionId`.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.putIntegration,
  },
  messages: { missing: 'Integration for {{method}} uses connectionType VPC_LINK but has no connectionId' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.connectionType === 'VPC_LINK' && node.value.connectionId === undefined) {
          ctx.report({ messageId: 'missing', data: { method: node.operation.label }, node, at: ['connectionType'] });
        }
      },
    };
  },
});
