import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'gw/status-code-format',
  meta: {
    description: 'A gateway response `statusCode` is a three-digit HTTP status code.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.gatewayResponse,
  },
  messages: { invalid: 'Gateway response {{type}} has statusCode {{value}}; expected a three-digit status code' },
  create(ctx) {
    return {
      GatewayResponse(node) {
        const s = isObject(node.value) ? node.value.statusCode : undefined;
        if (s === undefined || isUnknownValue(s) || /^[1-5]\d\d$/.test(textOf(s))) return;
        ctx.report({ messageId: 'invalid', data: { type: node.responseType, value: describeValue(s) }, node, at: ['statusCode'] });
      },
    };
  },
});
