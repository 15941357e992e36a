import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/discriminator',
  meta: {
    description: 'API Gateway models do not support `discriminator`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} uses discriminator, which API Gateway models do not support' },
  create(ctx) {
    return {
      Schema(node) {
        schemasWithKeyword(node, 'discriminator', (_schema, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['discriminator'], on: 'key' }));
      },
    };
  },
});
