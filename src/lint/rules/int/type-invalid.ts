import { eqIgnoreCase, INTEGRATION_TYPES } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/type-invalid',
  meta: {
    description: 'An integration `type` must be aws, aws_proxy, http, http_proxy or mock (any case).',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has type {{value}}; expected aws, aws_proxy, http, http_proxy or mock' },
  create(ctx) {
    return {
      Integration(node) {
        const t = node.value.type;
        if (t === undefined || isUnknownValue(t) || eqIgnoreCase(t, INTEGRATION_TYPES)) return;
        ctx.report({ messageId: 'invalid', data: { method: node.operation.label, value: describeValue(t) }, node, at: ['type'] });
      },
    };
  },
});
