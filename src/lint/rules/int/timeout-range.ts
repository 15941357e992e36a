import { MIN_INTEGRATION_TIMEOUT_MS, REST_MAX_INTEGRATION_TIMEOUT_MS } from '../../../aws/limits.js';
import { DOCS } from '../../helpers/docs.js';
import { asInteger, describeValue, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';


export const rule = defineRule({
  id: 'int/timeout-range',
  meta: {
    description: '`timeoutInMillis` must be a whole number of at least 50 (and at most 300000 for REST APIs).',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.limits,
  },
  messages: {
    notInteger: 'Integration for {{method}} has timeoutInMillis {{value}}; expected a whole number of milliseconds',
    tooSmall: 'Integration for {{method}} has timeoutInMillis {{value}}; the minimum is 50',
    tooLarge: 'Integration for {{method}} has timeoutInMillis {{value}}; REST APIs allow at most 300000',
  },
  create(ctx) {
    return {
      Integration(node) {
        const raw = node.value.timeoutInMillis;
        if (raw === undefined || isUnknownValue(raw)) return;
        const n = asInteger(raw);
        const data = { method: node.operation.label, value: describeValue(raw) };
        if (n === undefined) ctx.report({ messageId: 'notInteger', data, node, at: ['timeoutInMillis'] });
        else if (n < MIN_INTEGRATION_TIMEOUT_MS) ctx.report({ messageId: 'tooSmall', data, node, at: ['timeoutInMillis'] });
        else if (n > REST_MAX_INTEGRATION_TIMEOUT_MS && ctx.model.apiType === 'rest') ctx.report({ messageId: 'tooLarge', data, node, at: ['timeoutInMillis'] });
      },
    };
  },
});
