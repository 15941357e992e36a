import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/passthrough-invalid',
  meta: {
    description: '`passthroughBehavior` must be when_no_match, when_no_templates or never (any case).',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { invalid: 'Integration for {{method}} has passthroughBehavior {{value}}; expected when_no_match, when_no_templates or never' },
  create: byNodeTypes,
});
