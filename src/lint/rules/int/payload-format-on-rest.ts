import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** REST imports accept it (AWS-validated LocalStack test localstack__openapi.cognito-auth.json). */
export const rule = defineRule({
  id: 'int/payload-format-on-rest',
  meta: {
    description: '`payloadFormatVersion` is an HTTP API setting; REST APIs ignore it and always send payload 1.0.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.payloadFormat,
  },
  messages: { ignored: 'Integration for {{method}} sets payloadFormatVersion, which REST APIs ignore' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.payloadFormatVersion !== undefined) ctx.report({ messageId: 'ignored', data: { method: node.operation.label }, node, at: ['payloadFormatVersion'], on: 'key' });
      },
    };
  },
});
