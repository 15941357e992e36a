import { CONNECTION_TYPES } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/connection-type-invalid',
  meta: {
    description: '`connectionType` must be INTERNET or VPC_LINK.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has connectionType {{value}}; expected INTERNET or VPC_LINK' },
  create(ctx) {
    return {
      Integration(node) {
        const v = node.value.connectionType;
        if (v === undefined || isUnknownValue(v) || (typeof v === 'string' && CONNECTION_TYPES.includes(v))) return;
        ctx.report({ messageId: 'invalid', data: { method: node.operation.label, value: describeValue(v) }, node, at: ['connectionType'] });
      },
    };
  },
});
