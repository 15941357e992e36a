import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/swagger-for-http-api',
  meta: {
    description: 'HTTP APIs import OpenAPI 3.0 definitions only, not Swagger 2.0.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.httpOpenApi,
  },
  messages: { swagger: 'HTTP APIs import only OpenAPI 3.0; this document is Swagger 2.0' },
  create(ctx) {
    return {
      Root(model) {
        if (model.version === '2.0') ctx.report({ messageId: 'swagger', node: model.base, at: ['swagger'] });
      },
    };
  },
});
