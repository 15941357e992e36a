import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/subtype-type',
  meta: {
    description: 'An integration with `integrationSubtype` must be `type: aws_proxy`.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.awsServiceIntegrations,
  },
  messages: { wrongType: 'Integration for {{method}} has integrationSubtype but type {{type}}; subtype integrations are aws_proxy' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.integrationSubtype !== undefined && node.type && node.type !== 'aws_proxy') {
          ctx.report({ messageId: 'wrongType', data: { method: node.operation.label, type: node.type }, node, at: ['type'] });
        }
      },
    };
  },
});
