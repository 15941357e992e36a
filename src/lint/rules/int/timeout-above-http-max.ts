import { HTTP_MAX_INTEGRATION_TIMEOUT_MS } from '../../../aws/limits.js';
import { DOCS } from '../../helpers/docs.js';
import { asInteger } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/timeout-above-http-max',
  meta: {
    description: 'HTTP API integrations time out after at most 30 seconds (`timeoutInMillis` ≤ 30000).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.limits,
  },
  messages: { above: 'Integration for {{method}} has timeoutInMillis {{value}}; HTTP APIs allow at most 30000' },
  create(ctx) {
    return {
      Integration(node) {
        const n = asInteger(node.value.timeoutInMillis);
        if (n !== undefined && n > HTTP_MAX_INTEGRATION_TIMEOUT_MS) ctx.report({ messageId: 'above', data: { method: node.operation.label, value: n }, node, at: ['timeoutInMillis'] });
      },
    };
  },
});
