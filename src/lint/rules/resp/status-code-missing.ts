import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/status-code-missing',
  meta: {
    description: 'Every integration response needs the `statusCode` of the method response it maps to.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponse,
  },
  messages: { missing: 'Integration response "{{pattern}}" of {{method}} has no statusCode' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        if (!isObject(node.value) || node.value.statusCode === undefined) {
          ctx.report({ messageId: 'missing', data: { pattern: node.pattern, method: node.integration.operation.label }, node, on: 'key' });
        }
      },
    };
  },
});
