import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/min-compression-range',
  meta: {
    description: '`x-amazon-apigateway-minimum-compression-size` is a whole number of bytes from 0 to 10485760.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.minimumCompression,
  },
  messages: { invalid: 'x-amazon-apigateway-minimum-compression-size is {{value}}; expected a whole number from 0 to 10485760' },
  create: byNodeTypes,
});
