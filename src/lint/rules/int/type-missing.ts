import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/type-missing',
  meta: {
    description: 'Every integration needs a `type`.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { missing: 'Integration for {{method}} has no type (aws, aws_proxy, http, http_proxy or mock)' },
  create: byNodeTypes,
});
