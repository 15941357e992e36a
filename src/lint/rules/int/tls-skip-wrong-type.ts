import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/tls-skip-wrong-type',
  meta: {
    description: '`tlsConfig.insecureSkipVerification` applies only to http and http_proxy integrations.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.integrationTlsConfig,
  },
  messages: { ignored: 'Integration for {{method}} is {{type}}; tlsConfig.insecureSkipVerification applies only to http and http_proxy integrations' },
  create(ctx) {
    return {
      Integration(node) {
        const tls = node.value.tlsConfig;
        if (!isObject(tls) || tls.insecureSkipVerification === undefined || !node.type) return;
        if (node.type === 'http' || node.type === 'http_proxy') return;
        ctx.report({ messageId: 'ignored', data: { method: node.operation.label, type: node.type }, node, at: ['tlsConfig', 'insecureSkipVerification'], on: 'key' });
      },
    };
  },
});
