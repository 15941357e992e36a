import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/subtype-unknown',
  meta: {
    description: '`integrationSubtype` must be one of the AWS service actions HTTP APIs integrate with (SQS-SendMessage, EventBridge-PutEvents, …).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.subtypes,
  },
  messages: { unknown: 'Integration for {{method}} has integrationSubtype {{value}}, which is not a supported subtype{{hint}}' },
  create: byNodeTypes,
});
