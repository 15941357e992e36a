import { DOCS } from '../../helpers/docs.js';
import { isValidParamName } from '../../helpers/mapping.js';
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
      RequestParameterMapping: {
        unknown: true,
        enter(m) {
          const method = m.integration.operation.label;
          if (m.restTarget && !isValidParamName(m.restTarget.name)) ctx.report({ messageId: 'invalid', data: { name: m.restTarget.name, method }, node: m, on: 'key' });
          if (m.restSource?.kind === 'param' && !isValidParamName(m.restSource.name)) ctx.report({ messageId: 'invalid', data: { name: m.restSource.name, method }, node: m });
        },
      },
    };
  },
});
