import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'gw/status-code-format',
  meta: {
    description: 'A gateway response `statusCode` is a three-digit HTTP status code.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.gatewayResponse,
  },
  messages: { invalid: 'Gateway response {{type}} has statusCode {{value}}; expected a three-digit status code' },
  create: byNodeTypes,
});
