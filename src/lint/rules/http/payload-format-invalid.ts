import { DOCS } from '../../helpers/docs.js';
import { versionText } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'http/payload-format-invalid',
  meta: {
    description: '`payloadFormatVersion` is "1.0" or "2.0", and "2.0" only for Lambda proxy integrations.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.payloadFormat,
  },
  messages: {
    invalid: 'Integration for {{method}} has payloadFormatVersion {{value}}; expected "1.0" or "2.0"',
    notLambda: 'Integration for {{method}} uses payloadFormatVersion "2.0", which only Lambda proxy integrations support; use "1.0"',
  },
  create(ctx) {
    return {
      Integration(node) {
        // invalid: a row of src/lint/node-types.ts.
        const v = node.value.payloadFormatVersion;
        if (v !== undefined && versionText(v) === '2.0' && (node.type !== 'aws_proxy' || node.value.integrationSubtype !== undefined)) {
          ctx.report({ messageId: 'notLambda', data: { method: node.operation.label, value: JSON.stringify(v) }, node, at: ['payloadFormatVersion'] });
        }
      },
    };
  },
});
