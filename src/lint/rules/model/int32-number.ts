import { DOCS } from '../../helpers/docs.js';
import { walkSchema } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/int32-number',
  meta: {
    description: 'API Gateway models do not support `type: number` with `format: int32` or `int64`; use `type: integer`.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { format: 'Schema of {{owner}} is type number with format {{format}}, which API Gateway does not support; use type integer' },
  create(ctx) {
    return {
      Schema(node) {
        walkSchema(node, (s, loc) => {
          if (s.type === 'number' && (s.format === 'int32' || s.format === 'int64')) ctx.report({ messageId: 'format', data: { owner: node.owner, format: s.format }, node: loc, at: ['format'] });
        });
      },
    };
  },
});
