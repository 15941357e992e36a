import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/response-key-syntax',
  meta: {
    description: 'REST integration response `responseParameters` keys are `method.response.header.NAME`.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponseParameters,
  },
  messages: { invalid: 'responseParameters key "{{key}}" in integration response "{{pattern}}" of {{method}} is not method.response.header.<name>' },
  create(ctx) {
    return {
      ResponseParameterMapping: {
        unknown: true,
        enter(m) {
          if (!m.restTarget) ctx.report({ messageId: 'invalid', data: { key: m.key, pattern: m.response!.pattern, method: m.integration.operation.label }, node: m, on: 'key' });
        },
      },
    };
  },
});
