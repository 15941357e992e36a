import { isReservedHttpHeader } from '../../../aws/headers.js';
import { DOCS } from '../../helpers/docs.js';
import { parseHttpMappingKey } from '../../helpers/mapping.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/http-reserved-header',
  meta: {
    description: 'HTTP API parameter mapping cannot change reserved headers (Authorization, Host-related, x-amz-*, …).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpParameterMapping,
  },
  messages: { reserved: '{{where}} of {{method}} maps reserved header {{header}}, which HTTP APIs do not allow' },
  create(ctx) {
    return {
      Integration(node) {
        const report = (params: unknown, at: string[], where: string) => {
          if (!isObject(params)) return;
          for (const key of Object.keys(params)) {
            const k = parseHttpMappingKey(key);
            if (k?.location === 'header' && k.name && isReservedHttpHeader(k.name)) {
              ctx.report({ messageId: 'reserved', data: { where, method: node.operation.label, header: k.name }, node, at: [...at, key], on: 'key' });
            }
          }
        };
        if (node.value.integrationSubtype === undefined) report(node.value.requestParameters, ['requestParameters'], 'requestParameters');
        if (isObject(node.value.responseParameters)) {
          for (const [status, params] of Object.entries(node.value.responseParameters)) {
            report(params, ['responseParameters', status], `responseParameters for ${status}`);
          }
        }
      },
    };
  },
});
