import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/http-scheme',
  meta: {
    description: 'The back end is called over plain http, without TLS.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'info', docsUrl: DOCS.integration,
  },
  messages: { plain: 'Integration for {{method}} calls its back end over plain http://, without TLS' },
  create(ctx) {
    return {
      Integration(node) {
        const uri = node.value.uri;
        if ((node.type === 'http' || node.type === 'http_proxy') && typeof uri === 'string' && /^http:\/\//i.test(uri)) {
          ctx.report({ messageId: 'plain', data: { method: node.operation.label }, node, at: ['uri'] });
        }
      },
    };
  },
});
