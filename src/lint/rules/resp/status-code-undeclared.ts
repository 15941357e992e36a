import { isProxy } from '../../helpers/aws.js';
import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'resp/status-code-undeclared',
  meta: {
    description: 'An integration response `statusCode` must be one of the method\'s declared responses.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.integrationResponse,
  },
  messages: { undeclared: 'Integration response "{{pattern}}" of {{method}} maps to status {{status}}, which is not among the declared responses ({{declared}})' },
  create(ctx) {
    return {
      IntegrationResponse(node) {
        // A proxy returns the back end's response as is: its integration responses are ignored (int/responses-on-proxy).
        if (!isObject(node.value) || isProxy(node.integration)) return;
        const s = node.value.statusCode;
        if (s === undefined || !/^[1-5]\d\d$/.test(textOf(s))) return;
        const op = node.integration.operation;
        if (op.responses.has(textOf(s))) return;
        const declared = [...op.responses.keys()].join(', ') || 'none';
        ctx.report({ messageId: 'undeclared', data: { pattern: node.pattern, method: op.label, status: textOf(s), declared }, node, at: ['statusCode'] });
      },
    };
  },
});
