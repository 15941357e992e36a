import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/timeout-range',
  meta: {
    description: '`timeoutInMillis` must be a whole number of at least 50 (and at most 300000 for REST APIs).',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.limits,
  },
  messages: {
    notInteger: 'Integration for {{method}} has timeoutInMillis {{value}}; expected a whole number of milliseconds',
    tooSmall: 'Integration for {{method}} has timeoutInMillis {{value}}; the minimum is 50',
    tooLarge: 'Integration for {{method}} has timeoutInMillis {{value}}; REST APIs allow at most 300000',
  },
  create: byNodeTypes,
});
