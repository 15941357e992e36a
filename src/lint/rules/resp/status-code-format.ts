import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/status-code-format',
  meta: {
    description: 'An integration response `statusCode` is a three-digit HTTP status code.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: { invalid: 'Integration response "{{pattern}}" of {{method}} has statusCode {{value}}; expected a three-digit status code such as "200"' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        if (!isObject(node.value)) return;
        const s = node.value.statusCode;
        if (s === undefined || isUnknownValue(s) || /^[1-5]\d\d$/.test(textOf(s))) return;
        ctx.report({ messageId: 'invalid', data: { pattern: node.pattern, method: node.integration.operation.label, value: describeValue(s) }, node, at: ['statusCode'] });
      },
    };
  },
});
