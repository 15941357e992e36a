import { DOCS } from '../../helpers/docs.js';
import { checkJavaRegex } from '../../../aws/java-regex.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/selection-pattern-regex',
  meta: {
    description: 'An integration response key other than `default` is a selection pattern and must compile as a Java regular expression.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: { invalid: 'Selection pattern "{{pattern}}" of {{method}} is not a valid Java regex: {{detail}} at index {{index}}' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        if (node.pattern === 'default') return;
        const error = checkJavaRegex(node.pattern);
        if (error) {
          ctx.report({ messageId: 'invalid', data: { pattern: node.pattern, method: node.integration.operation.label, detail: error.message, index: error.index }, node, on: 'key' });
        }
      },
    };
  },
});
