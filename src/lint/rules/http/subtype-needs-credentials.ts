import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/subtype-needs-credentials',
  meta: {
    description: 'An AWS service (subtype) integration needs `credentials`: the IAM role API Gateway assumes to call the service.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.awsServiceIntegrations,
  },
  messages: { missing: 'Integration for {{method}} ({{subtype}}) has no credentials; API Gateway needs an IAM role to call the service' },
  create(ctx) {
    return {
      Integration(node) {
        const subtype = node.value.integrationSubtype;
        if (subtype !== undefined && node.value.credentials === undefined) ctx.report({ messageId: 'missing', data: { method: node.operation.label, subtype: textOf(subtype) }, node, on: 'key' });
      },
    };
  },
});
