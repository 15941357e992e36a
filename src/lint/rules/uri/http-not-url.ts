import { DOCS } from '../../helpers/docs.js';
import { isIntrinsic } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/http-not-url',
  meta: {
    description: 'An http or http_proxy integration uri must be an absolute http:// or https:// URL.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { notUrl: 'Integration uri of {{method}} is {{value}}, not an absolute http:// or https:// URL' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'http' && node.type !== 'http_proxy') return;
        const uri = node.value.uri;
        if (uri === undefined || isIntrinsic(uri)) return;
        // HTTP API private integrations name a load balancer listener or Cloud Map service by ARN.
        if (ctx.model.apiType === 'http' && node.value.connectionType === 'VPC_LINK') return;
        if (typeof uri === 'string') {
          // `${stageVariables.x}` and import variables are legitimate parts of the URL.
          const concrete = uri.replace(/\$\{[^}]*\}/g, 'x');
          if (/^\$\{/.test(uri) || /^https?:\/\/[^/\s]+/i.test(concrete)) return;
        }
        ctx.report({ messageId: 'notUrl', data: { method: node.operation.label, value: JSON.stringify(uri) }, node, at: ['uri'] });
      },
    };
  },
});
