import { DOCS } from '../../helpers/docs.js';
import { rootKey } from '../../helpers/root.js';
import { defineRule } from '../../rule.js';

const KEYS = [
  'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-minimum-compression-size', 'x-amazon-apigateway-policy', 'x-amazon-apigateway-documentation',
];

export const rule = defineRule({
  id: 'root/rest-only-on-http',
  meta: {
    description: 'REST API settings (gateway responses, API key source, binary media types, compression, resource policy, documentation) are ignored by HTTP APIs.',
    category: 'struct', appliesTo: 'http', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.httpOpenApi,
  },
  messages: { ignored: '{{key}} is a REST API setting; HTTP APIs ignore it' },
  create(ctx) {
    return {
      Root(model) {
        for (const key of KEYS) if (model.doc[key] !== undefined) ctx.report({ messageId: 'ignored', data: { key }, node: rootKey(model, key), on: 'key' });
      },
    };
  },
});
