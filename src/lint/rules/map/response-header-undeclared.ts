import { isProxy } from '../../helpers/aws.js';
import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
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
      IntegrationResponse(node) {
        if (!isObject(node.value) || !isObject(node.value.responseParameters) || isProxy(node.integration)) return;
        const status = node.value.statusCode;
        if (status === undefined) return;
        const response = node.integration.operation.responses.get(textOf(status));
        if (!response) return;
        for (const key of Object.keys(node.value.responseParameters)) {
          const m = /^method\.response\.header\.([^.\s]+)$/.exec(key);
          if (!m || response.headers.has(m[1]!.toLowerCase())) continue;
          ctx.report({
            messageId: 'undeclared', node, at: ['responseParameters', key], on: 'key',
            data: { pattern: node.pattern, method: node.integration.operation.label, header: m[1]!, status: textOf(status) },
          });
        }
      },
    };
  },
});
