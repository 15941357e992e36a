import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'gw/request-too-large',
  meta: {
    description: 'The REQUEST_TOO_LARGE gateway response cannot be customised.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { notCustomisable: 'Gateway response REQUEST_TOO_LARGE cannot be customised; this definition has no effect' },
  create(ctx) {
    return {
      GatewayResponse(node) {
        if (node.responseType === 'REQUEST_TOO_LARGE') ctx.report({ messageId: 'notCustomisable', node, on: 'key' });
      },
    };
  },
});
