import { SUBTYPES } from '../../../aws/subtypes.js';
import { DOCS } from '../../helpers/docs.js';
import { parseHttpMappingKey } from '../../helpers/mapping.js';
import { isObject } from '../../helpers/values.js';
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
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        // Subtype integrations take the subtype's own parameter names (checked by http/subtype-required-params).
        if (typeof node.value.integrationSubtype === 'string' && node.value.integrationSubtype in SUBTYPES) return;
        if (node.value.integrationSubtype !== undefined) return;
        for (const key of Object.keys(params)) {
          if (!parseHttpMappingKey(key)) ctx.report({ messageId: 'invalid', data: { key, method: node.operation.label }, node, at: ['requestParameters', key], on: 'key' });
        }
      },
    };
  },
});
