import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/status-code-missing',
  meta: {
    description: 'Every integration response needs the `statusCode` of the method response it maps to.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponse,
  },
  messages: { missing: 'Integration response "{{pattern}}" of {{method}} has no statusCode' },
  create: byNodeTypes,
});
