import { SUBTYPES } from '../../../aws/subtypes.js';
import { DOCS } from '../../helpers/docs.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/subtype-unknown',
  meta: {
    description: '`integrationSubtype` must be one of the AWS service actions HTTP APIs integrate with (SQS-SendMessage, EventBridge-PutEvents, …).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.subtypes,
  },
  messages: { unknown: 'Integration for {{method}} has integrationSubtype {{value}}, which is not a supported subtype{{hint}}' },
  create(ctx) {
    return {
      Integration(node) {
        const v = node.value.integrationSubtype;
        if (v === undefined || isUnknownValue(v) || (typeof v === 'string' && v in SUBTYPES)) return;
        const guess = typeof v === 'string' ? didYouMean(v, Object.keys(SUBTYPES)) : undefined;
        ctx.report({ messageId: 'unknown', data: { method: node.operation.label, value: describeValue(v), hint: guess ? ` (did you mean "${guess}"?)` : '' }, node, at: ['integrationSubtype'] });
      },
    };
  },
});
