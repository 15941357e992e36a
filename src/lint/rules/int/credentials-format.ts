import { IAM_ROLE_ARN } from '../../../aws/arn.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/credentials-format',
  meta: {
    description: 'Integration `credentials` must be an IAM role ARN, or `arn:aws:iam::*:user/*` to pass the caller\'s credentials.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: 'Integration for {{method}} has credentials {{value}}; expected an IAM role ARN (arn:aws:iam::123456789012:role/name)' },
  create(ctx) {
    return {
      Integration(node) {
        const v = node.value.credentials;
        if (v === undefined || isUnknownValue(v) || (typeof v === 'string' && IAM_ROLE_ARN.test(v))) return;
        ctx.report({ messageId: 'invalid', data: { method: node.operation.label, value: describeValue(v) }, node, at: ['credentials'] });
      },
    };
  },
});
