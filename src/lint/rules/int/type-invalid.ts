import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/type-invalid',
  meta: {
    description: 'An integration `type` must be aws, aws_proxy, http, http_proxy or mock (any case).',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has type {{value}}; expected aws, aws_proxy, http, http_proxy or mock' },
  create: byNodeTypes,
});
