import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cors/max-age',
  meta: {
    description: 'CORS `maxAge` is between 0 and 86400 seconds.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'warning', docsUrl: DOCS.httpCors,
  },
  messages: { range: 'CORS maxAge is {{value}}; expected 0 to 86400 seconds' },
  create: byNodeTypes,
});
