import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/http-key-syntax',
  meta: {
    description: 'HTTP API `requestParameters` keys are `append|overwrite|remove:header.NAME`, `…:querystring.NAME` or `overwrite:path` (subtype parameters for AWS service integrations).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpParameterMapping,
  },
  messages: { invalid: 'requestParameters key "{{key}}" of {{method}} is not append|overwrite|remove:header.<name>, append|overwrite|remove:querystring.<name> or overwrite:path' },
  create(ctx) {
    return {
      RequestParameterMapping: {
        unknown: true,
        enter(m) {
          // Subtype integrations take the subtype's own parameter names (checked by http/subtype-required-params).
          if (m.httpTarget || m.integration.value.integrationSubtype !== undefined) return;
          ctx.report({ messageId: 'invalid', data: { key: m.key, method: m.integration.operation.label }, node: m, on: 'key' });
        },
      },
    };
  },
});
