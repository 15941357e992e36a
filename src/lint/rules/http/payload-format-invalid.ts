import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { isUnknownValue } from '../../helpers/values.js';
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
        const v = node.value.payloadFormatVersion;
        if (v === undefined || isUnknownValue(v)) return;
        const s = typeof v === 'number' ? v.toFixed(1) : textOf(v);
        const data = { method: node.operation.label, value: JSON.stringify(v) };
        if (s !== '1.0' && s !== '2.0') ctx.report({ messageId: 'invalid', data, node, at: ['payloadFormatVersion'] });
        else if (s === '2.0' && (node.type !== 'aws_proxy' || node.value.integrationSubtype !== undefined)) ctx.report({ messageId: 'notLambda', data, node, at: ['payloadFormatVersion'] });
      },
    };
  },
});
