import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/request-body-on-http',
  meta: {
    description: 'HTTP APIs neither validate nor model request bodies; `requestBody` is ignored on import.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.httpOpenApi,
  },
  messages: { ignored: '{{method}} declares a requestBody, which HTTP APIs ignore (no request validation)' },
  create(ctx) {
    return {
      Operation(op) {
        if (op.value.requestBody !== undefined) ctx.report({ messageId: 'ignored', data: { method: op.label }, node: op, at: ['requestBody'], on: 'key' });
      },
    };
  },
});
