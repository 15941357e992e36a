import { DOCS } from '../../helpers/docs.js';
import { walkSchema } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/min-max-items',
  meta: {
    description: '`minItems` and `maxItems` are not enforced by request validation.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { items: 'Schema of {{owner}} uses {{keyword}}, which API Gateway request validation does not enforce' },
  create(ctx) {
    return {
      Schema(node) {
        walkSchema(node, (s, loc) => {
          for (const keyword of ['minItems', 'maxItems']) if (s[keyword] !== undefined) ctx.report({ messageId: 'items', data: { owner: node.owner, keyword }, node: loc, at: [keyword], on: 'key' });
        });
      },
    };
  },
});
