import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/response-key-syntax',
  meta: {
    description: 'REST integration response `responseParameters` keys are `method.response.header.NAME`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponseParameters,
  },
  messages: { invalid: 'responseParameters key "{{key}}" in integration response "{{pattern}}" of {{method}} is not method.response.header.<name>' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        const params = isObject(node.value) ? node.value.responseParameters : undefined;
        if (!isObject(params)) return;
        for (const key of Object.keys(params)) {
          if (/^method\.response\.header\.[^.\s]+$/.test(key)) continue;
          ctx.report({ messageId: 'invalid', data: { key, pattern: node.pattern, method: node.integration.operation.label }, node, at: ['responseParameters', key], on: 'key' });
        }
      },
    };
  },
});
