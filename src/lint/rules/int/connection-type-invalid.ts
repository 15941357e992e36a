import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/connection-type-invalid',
  meta: {
    description: '`connectionType` must be INTERNET or VPC_LINK.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has connectionType {{value}}; expected INTERNET or VPC_LINK' },
  create: byNodeTypes,
});
