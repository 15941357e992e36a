import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/example',
  meta: {
    description: 'API Gateway ignores the `example` keyword in models.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} has an example, which API Gateway ignores' },
  create(ctx) {
    return {
      Schema(node) {
        schemasWithKeyword(node, 'example', (_schema, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['example'], on: 'key' }));
      },
    };
  },
});
