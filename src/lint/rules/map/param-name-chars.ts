import { DOCS } from '../../helpers/docs.js';
import { isValidParamName, parseRequestTarget, parseRestSource } from '../../helpers/mapping.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/param-name-chars',
  meta: {
    description: 'Mapped parameter names may contain only letters, digits and `._$-`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.dataMappings,
  },
  messages: { invalid: 'Parameter name "{{name}}" in requestParameters of {{method}} has characters outside [a-zA-Z0-9._$-]' },
  create(ctx) {
    return {
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        for (const [key, value] of Object.entries(params)) {
          const target = parseRequestTarget(key);
          if (target && !isValidParamName(target.name)) {
            ctx.report({ messageId: 'invalid', data: { name: target.name, method: node.operation.label }, node, at: ['requestParameters', key], on: 'key' });
          }
          const src = typeof value === 'string' ? parseRestSource(value, 'request') : undefined;
          if (src?.kind === 'param' && !isValidParamName(src.name)) {
            ctx.report({ messageId: 'invalid', data: { name: src.name, method: node.operation.label }, node, at: ['requestParameters', key] });
          }
        }
      },
    };
  },
});
