import { REST_DEFAULT_INTEGRATION_TIMEOUT_MS, REST_MAX_INTEGRATION_TIMEOUT_MS } from '../../../aws/limits.js';
import { DOCS } from '../../helpers/docs.js';
import { asInteger } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/timeout-above-default',
  meta: {
    description: 'A REST timeout above 29000 ms needs a Regional or private API and a raised quota; edge-optimized APIs reject it.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.limits,
  },
  messages: { above: 'Integration for {{method}} has timeoutInMillis {{value}}, above the 29000 default; it needs a Regional or private API with a raised quota' },
  create(ctx) {
    return {
      Integration(node) {
        const n = asInteger(node.value.timeoutInMillis);
        if (n !== undefined && n > REST_DEFAULT_INTEGRATION_TIMEOUT_MS && n <= REST_MAX_INTEGRATION_TIMEOUT_MS) {
          ctx.report({ messageId: 'above', data: { method: node.operation.label, value: n }, node, at: ['timeoutInMillis'] });
        }
      },
    };
  },
});
