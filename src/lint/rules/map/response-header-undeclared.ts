import { isProxy } from '../../helpers/aws.js';
import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** PutIntegrationResponse rejects a header the method response does not declare. */
export const rule = defineRule({
  id: 'map/response-header-undeclared',
  meta: {
    description: 'A `method.response.header.NAME` mapping needs that header declared on the method response for the same status code.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: { undeclared: 'Integration response "{{pattern}}" of {{method}} sets header {{header}}, but response {{status}} does not declare it under headers' },
  create(ctx) {
    return {
      ResponseParameterMapping: {
        unknown: true,
        enter(m) {
          const status = (m.response!.value as Record<string, unknown>).statusCode;
          if (!m.restTarget || status === undefined || isProxy(m.integration)) return;
          const response = m.integration.operation.responses.get(textOf(status));
          if (!response || response.headers.has(m.restTarget.name.toLowerCase())) return;
          ctx.report({
            messageId: 'undeclared', node: m, on: 'key',
            data: { pattern: m.response!.pattern, method: m.integration.operation.label, header: m.restTarget.name, status: textOf(status) },
          });
        },
      },
    };
  },
});
