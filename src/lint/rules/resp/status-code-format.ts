import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/status-code-format',
  meta: {
    description: 'An integration response `statusCode` is a three-digit HTTP status code.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: { invalid: 'Integration response "{{pattern}}" of {{method}} has statusCode {{value}}; expected a three-digit status code such as "200"' },
  create: byNodeTypes,
});
