import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/payload-format-missing',
  meta: {
    description: 'HTTP API integrations need `payloadFormatVersion` ("2.0" or "1.0" for Lambda, "1.0" for everything else).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.integration,
  },
  messages: { missing: 'Integration for {{method}} has no payloadFormatVersion ({{expected}})' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.value.payloadFormatVersion !== undefined) return;
        const expected = node.type === 'aws_proxy' && node.value.integrationSubtype === undefined ? '"2.0" or "1.0" for Lambda' : '"1.0"';
        ctx.report({ messageId: 'missing', data: { method: node.operation.label, expected }, node, on: 'key' });
      },
    };
  },
});
