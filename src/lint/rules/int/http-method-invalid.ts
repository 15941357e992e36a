import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/http-method-invalid',
  meta: {
    description: 'An integration `httpMethod` must be GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has httpMethod {{value}}; expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY' },
  create: byNodeTypes,
});
