import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/deprecated',
  meta: {
    description: '`deprecated` is dropped by API Gateway and missing from exports.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { dropped: '{{method}} is marked deprecated, which API Gateway drops on import' },
  create(ctx) {
    return {
      Operation(op) {
        if (op.value.deprecated === true) ctx.report({ messageId: 'dropped', data: { method: op.label }, node: op, at: ['deprecated'], on: 'key' });
      },
    };
  },
});
