import { INTEGRATION_HTTP_METHODS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/http-method-invalid',
  meta: {
    description: 'An integration `httpMethod` must be GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: { invalid: 'Integration for {{method}} has httpMethod {{value}}; expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY' },
  create(ctx) {
    return {
      Integration(node) {
        const m = node.value.httpMethod;
        if (m === undefined || isUnknownValue(m)) return;
        if (typeof m === 'string' && INTEGRATION_HTTP_METHODS.includes(m.toUpperCase())) return;
        ctx.report({ messageId: 'invalid', data: { method: node.operation.label, value: describeValue(m) }, node, at: ['httpMethod'] });
      },
    };
  },
});
