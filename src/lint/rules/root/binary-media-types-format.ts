import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/binary-media-types-format',
  meta: {
    description: '`x-amazon-apigateway-binary-media-types` is a list of MIME types (`image/png`, `image/*`, `*/*`).',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.binaryMediaTypes,
  },
  messages: {
    notList: 'x-amazon-apigateway-binary-media-types must be a list of MIME types, not {{value}}',
    notMime: 'Binary media type {{value}} is not a MIME type (type/subtype){{hint}}',
  },
  create: byNodeTypes,
});
