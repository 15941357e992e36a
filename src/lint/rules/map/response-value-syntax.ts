import { DOCS } from '../../helpers/docs.js';
import { parseRestSource } from '../../helpers/mapping.js';
import { describeValue, isObject, isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/response-value-syntax',
  meta: {
    description: 'A REST response mapping value is `integration.response.(header|multivalueheader).N`, `integration.response.body[.path]`, a single-quoted static value, `context.*` or `stageVariables.*`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.dataMappings,
  },
  messages: { invalid: 'responseParameters "{{key}}" in integration response "{{pattern}}" of {{method}} maps from {{value}}, which is not a mapping expression{{hint}}' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        const params = isObject(node.value) ? node.value.responseParameters : undefined;
        if (!isObject(params)) return;
        for (const [key, value] of Object.entries(params)) {
          if (isUnknownValue(value) || (typeof value === 'string' && parseRestSource(value, 'response').kind !== 'invalid')) continue;
          const hint = typeof value === 'string' && !value.includes('.') ? `; a static value must be single-quoted: "'${value}'"` : '';
          ctx.report({
            messageId: 'invalid', node, at: ['responseParameters', key],
            data: { key, pattern: node.pattern, method: node.integration.operation.label, value: describeValue(value), hint },
          });
        }
      },
    };
  },
});
