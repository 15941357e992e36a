import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/connection-id-without-vpc-link',
  meta: {
    description: '`connectionId` is ignored unless `connectionType` is VPC_LINK.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.apiIntegration,
  },
  messages: { ignored: 'Integration for {{method}} has a connectionId but connectionType is {{type}}; set connectionType: VPC_LINK or the VPC link is not used' },
  create(ctx) {
    return {
      Integration(node) {
        const t = node.value.connectionType;
        if (node.value.connectionId === undefined || t === 'VPC_LINK' || (t !== undefined && t !== 'INTERNET')) return;
        ctx.report({ messageId: 'ignored', data: { method: node.operation.label, type: t === undefined ? 'not set (INTERNET)' : 'INTERNET' }, node, at: ['connectionId'], on: 'key' });
      },
    };
  },
});
