import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/one-of-oas2',
  meta: {
    description: '`oneOf` is not supported in Swagger 2.0 definitions imported to API Gateway, nor for SDK generation.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} uses oneOf, which API Gateway does not support in Swagger 2.0 documents' },
  create(ctx) {
    return {
      Schema(node) {
        if (ctx.model.version !== '2.0') return;
        schemasWithKeyword(node, 'oneOf', (_s, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['oneOf'], on: 'key' }));
      },
    };
  },
});
