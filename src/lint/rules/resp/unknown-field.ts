import { INTEGRATION_RESPONSE_FIELDS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/unknown-field',
  meta: {
    description: 'An integration response has only `statusCode`, `responseParameters`, `responseTemplates` and `contentHandling`; other keys are ignored.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.integrationResponse,
  },
  messages: { unknown: 'Integration response "{{pattern}}" of {{method}} has field "{{key}}", which API Gateway ignores{{hint}}' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        if (!isObject(node.value)) return;
        for (const key of Object.keys(node.value)) {
          if (INTEGRATION_RESPONSE_FIELDS.has(key) || key.startsWith('x-')) continue;
          const hint = key.includes('/') ? ' (templates go under responseTemplates)' : '';
          ctx.report({ messageId: 'unknown', data: { pattern: node.pattern, method: node.integration.operation.label, key, hint }, node, at: [key], on: 'key' });
        }
      },
    };
  },
});
