import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/head-with-body',
  meta: {
    description: 'A request body on GET, HEAD or DELETE is unusual and is dropped by many clients and proxies.',
    category: 'methods', appliesTo: 'both', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { body: '{{method}} declares a request body, which GET, HEAD and DELETE requests rarely carry' },
  create(ctx) {
    return {
      Operation(op) {
        if (!['GET', 'HEAD', 'DELETE'].includes(op.method)) return;
        const inBody = op.parameters.find((p) => p.in === 'body');
        if (op.value.requestBody !== undefined) ctx.report({ messageId: 'body', data: { method: op.label }, node: op, at: ['requestBody'], on: 'key' });
        else if (inBody) ctx.report({ messageId: 'body', data: { method: op.label }, node: inBody });
      },
    };
  },
});
