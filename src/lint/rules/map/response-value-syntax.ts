import { DOCS } from '../../helpers/docs.js';
import { describeValue } from '../../helpers/values.js';
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
      ResponseParameterMapping(m) {
        if (typeof m.value === 'string' && m.restSource?.kind !== 'invalid') return;
        const hint = typeof m.value === 'string' && !m.value.includes('.') ? `; a static value must be single-quoted: "'${m.value}'"` : '';
        ctx.report({
          messageId: 'invalid', node: m,
          data: { key: m.key, pattern: m.response!.pattern, method: m.integration.operation.label, value: describeValue(m.value), hint },
        });
      },
    };
  },
});
