import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/oas31',
  meta: {
    description: 'API Gateway documents support for OpenAPI 2.0 and 3.0 only; 3.1 features may be rejected or ignored.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { oas31: 'OpenAPI {{value}} is not supported by API Gateway, which imports OpenAPI 2.0 and 3.0' },
  create(ctx) {
    return {
      Root(model) {
        if (model.version === '3.1') {
          ctx.report({ messageId: 'oas31', data: { value: textOf(model.doc.openapi) }, node: model.base, at: ['openapi'] });
        }
      },
    };
  },
});
