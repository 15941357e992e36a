import { eqIgnoreCase, PASSTHROUGH_BEHAVIORS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/passthrough-invalid',
  meta: {
    description: '`passthroughBehavior` must be when_no_match, when_no_templates or never (any case).',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: 'Integration for {{method}} has passthroughBehavior {{value}}; expected when_no_match, when_no_templates or never' },
  create(ctx) {
    return {
      Integration(node) {
        const v = node.value.passthroughBehavior;
        if (v === undefined || isUnknownValue(v) || eqIgnoreCase(v, PASSTHROUGH_BEHAVIORS)) return;
        ctx.report({ messageId: 'invalid', data: { method: node.operation.label, value: describeValue(v) }, node, at: ['passthroughBehavior'] });
      },
    };
  },
});
