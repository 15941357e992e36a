import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'val/on-http-api',
  meta: {
    description: 'HTTP APIs do not validate requests; request validators are ignored on import.',
    category: 'validators', appliesTo: 'http', defaultSeverity: 'info', docsUrl: DOCS.httpOpenApi,
  },
  messages: { ignored: 'HTTP APIs do not support request validation; {{key}} is ignored' },
  create(ctx) {
    return {
      Value(_value, loc, key) {
        if (loc.source === ctx.model.root && (key === 'x-amazon-apigateway-request-validators' || key === 'x-amazon-apigateway-request-validator')) {
          ctx.report({ messageId: 'ignored', data: { key }, node: loc, on: 'key' });
        }
      },
    };
  },
});
