import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/read-only',
  meta: {
    description: 'API Gateway does not support `readOnly` in models.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} uses readOnly, which API Gateway ignores' },
  create(ctx) {
    return {
      Schema(node) {
        schemasWithKeyword(node, 'readOnly', (_schema, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['readOnly'], on: 'key' }));
      },
    };
  },
});
