import { isProxy } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Exports of proxy methods still carry a `default` 200 response (corpus), so this stays info. */
export const rule = defineRule({
  id: 'int/responses-on-proxy',
  meta: {
    description: 'Integration `responses` on a proxy integration are not used to shape the response.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'info', docsUrl: DOCS.apiIntegration,
  },
  messages: { ignored: 'Integration for {{method}} is {{type}}; the back end response is returned as is and these responses have no effect' },
  create(ctx) {
    return {
      Integration(node) {
        if (isProxy(node) && node.value.responses !== undefined) {
          ctx.report({ messageId: 'ignored', data: { method: node.operation.label, type: String(node.type) }, node, at: ['responses'], on: 'key' });
        }
      },
    };
  },
});
