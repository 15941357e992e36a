import { DOCS } from '../../helpers/docs.js';
import { walkSchema } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/decimal-format',
  meta: {
    description: 'API Gateway models do not support `format: decimal`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { decimal: 'Schema of {{owner}} uses format decimal, which API Gateway does not support' },
  create(ctx) {
    return {
      Schema(node) {
        walkSchema(node, (s, loc) => {
          if (s.format === 'decimal') ctx.report({ messageId: 'decimal', data: { owner: node.owner }, node: loc, at: ['format'] });
        });
      },
    };
  },
});
