import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/root-response-ref',
  meta: {
    description: 'REST APIs do not import responses defined once under `responses` and referenced with `$ref: "#/responses/…"`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { ref: 'Response {{status}} of {{method}} is $ref "{{ref}}"; API Gateway does not support responses defined at the root — write it inline' },
  create(ctx) {
    return {
      Operation(op) {
        const responses = op.value.responses;
        if (!isObject(responses)) return;
        for (const [status, r] of Object.entries(responses)) {
          if (isObject(r) && typeof r.$ref === 'string' && r.$ref.startsWith('#/responses/')) {
            ctx.report({ messageId: 'ref', data: { status, method: op.label, ref: r.$ref }, node: op, at: ['responses', status, '$ref'] });
          }
        }
      },
    };
  },
});
