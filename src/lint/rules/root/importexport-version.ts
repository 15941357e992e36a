import { DOCS } from '../../helpers/docs.js';
import { byNodeTypes, defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'root/importexport-version',
  meta: {
    description: '`x-amazon-apigateway-importexport-version` accepts only "1.0".',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importExportVersion,
  },
  messages: { invalid: 'x-amazon-apigateway-importexport-version is {{value}}; the only version is "1.0"' },
  create: byNodeTypes,
});
