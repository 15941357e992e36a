import { INTEGRATION_FIELDS } from '../../helpers/aws.js';
import { DOCS } from '../../helpers/docs.js';
import { didYouMean } from '../../helpers/did-you-mean.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/unknown-integration-field',
  meta: {
    description: 'A key inside `x-amazon-apigateway-integration` that API Gateway does not know is silently ignored.',
    category: 'integrations', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.integration,
  },
  messages: { unknown: 'Integration for {{method}} has unknown field "{{key}}", which API Gateway ignores{{hint}}' },
  create(ctx) {
    return {
      Integration(node) {
        for (const key of Object.keys(node.value)) {
          if (INTEGRATION_FIELDS.has(key) || key.startsWith('x-')) continue;
          const guess = didYouMean(key, INTEGRATION_FIELDS);
          ctx.report({
            messageId: 'unknown', node, at: [key], on: 'key',
            data: { method: node.operation.label, key, hint: guess ? ` (did you mean "${guess}"?)` : '' },
          });
        }
      },
    };
  },
});
