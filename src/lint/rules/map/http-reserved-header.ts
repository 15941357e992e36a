import { isReservedHttpHeader } from '../../../aws/headers.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule, type ParameterMappingNode } from '../../rule.js';

export const rule = defineRule({
  id: 'map/http-reserved-header',
  meta: {
    description: 'HTTP API parameter mapping cannot change reserved headers (Authorization, Host-related, x-amz-*, …).',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpParameterMapping,
  },
  messages: { reserved: '{{where}} of {{method}} maps reserved header {{header}}, which HTTP APIs do not allow' },
  create(ctx) {
    const check = (m: ParameterMappingNode, where: string) => {
      const t = m.httpTarget;
      if (t?.location === 'header' && t.name && isReservedHttpHeader(t.name)) {
        ctx.report({ messageId: 'reserved', data: { where, method: m.integration.operation.label, header: t.name }, node: m, on: 'key' });
      }
    };
    return {
      RequestParameterMapping: {
        unknown: true,
        enter: (m) => m.integration.value.integrationSubtype === undefined && check(m, 'requestParameters'),
      },
      ResponseParameterMapping: { unknown: true, enter: (m) => check(m, `responseParameters for ${m.status}`) },
    };
  },
});
