import { GATEWAY_RESPONSE_TYPES } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'gw/response-type-invalid',
  meta: {
    description: 'Gateway responses are keyed by API Gateway\'s response types (DEFAULT_4XX, UNAUTHORIZED, …).',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.gatewayResponseTypes,
  },
  messages: { invalid: 'Gateway response type "{{type}}" does not exist{{hint}}' },
  create(ctx) {
    return {
      GatewayResponse(node) {
        if (GATEWAY_RESPONSE_TYPES.includes(node.responseType)) return;
        const guess = didYouMean(node.responseType.toUpperCase(), GATEWAY_RESPONSE_TYPES);
        ctx.report({ messageId: 'invalid', data: { type: node.responseType, hint: guess ? ` (did you mean "${guess}"?)` : '' }, node, on: 'key' });
      },
    };
  },
});
