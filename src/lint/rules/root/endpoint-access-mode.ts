import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/endpoint-access-mode',
  meta: {
    description: '`x-amazon-apigateway-endpoint-access-mode` is BASIC or STRICT.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.endpointAccessMode,
  },
  messages: { invalid: 'x-amazon-apigateway-endpoint-access-mode is {{value}}; expected BASIC or STRICT' },
  create: byNodeTypes,
});
