import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/credentials-format',
  meta: {
    description: 'Integration `credentials` must be an IAM role ARN, or `arn:aws:iam::*:user/*` to pass the caller\'s credentials.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: 'Integration for {{method}} has credentials {{value}}; expected an IAM role ARN (arn:aws:iam::123456789012:role/name)' },
  create: byNodeTypes,
});
