import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/response-streaming-type',
  meta: {
    description: '`responseTransferMode` must be BUFFERED or STREAM, and STREAM works only with aws_proxy and http_proxy integrations.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.responseStreaming,
  },
  messages: {
    invalid: 'Integration for {{method}} has responseTransferMode {{value}}; expected BUFFERED or STREAM',
    wrongType: 'Integration for {{method}} streams its response but is {{type}}; only aws_proxy and http_proxy integrations can stream',
  },
  create(ctx) {
    return {
      Integration(node) {
        // invalid: a row of src/lint/node-types.ts.
        if (node.value.responseTransferMode === 'STREAM' && node.type && node.type !== 'aws_proxy' && node.type !== 'http_proxy') {
          ctx.report({ messageId: 'wrongType', data: { method: node.operation.label, type: node.type }, node, at: ['responseTransferMode'] });
        }
      },
    };
  },
});
