import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/exclusive-minimum',
  meta: {
    description: 'API Gateway models do not support `exclusiveMinimum`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} uses exclusiveMinimum, which API Gateway models do not support' },
  create(ctx) {
    return {
      Schema(node) {
        schemasWithKeyword(node, 'exclusiveMinimum', (_schema, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['exclusiveMinimum'], on: 'key' }));
      },
    };
  },
});
