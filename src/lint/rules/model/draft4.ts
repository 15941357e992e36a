import { DOCS } from '../../helpers/docs.js';
import { walkSchema } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

/** API Gateway models are JSON Schema draft 4; these keywords came later and are ignored. */
const LATER = ['const', 'if', 'then', 'else', '$id', 'contains', 'propertyNames', 'examples', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'prefixItems'];

export const rule = defineRule({
  id: 'model/draft4',
  meta: {
    description: 'API Gateway models are JSON Schema draft 4; later keywords (`const`, `if`/`then`/`else`, `$id`, …) are ignored by request validation.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { later: 'Schema of {{owner}} uses {{keyword}}, which is not JSON Schema draft 4; API Gateway request validation ignores it' },
  create(ctx) {
    return {
      Schema(node) {
        walkSchema(node, (s, loc) => {
          for (const keyword of LATER) if (s[keyword] !== undefined) ctx.report({ messageId: 'later', data: { owner: node.owner, keyword }, node: loc, at: [keyword], on: 'key' });
        });
      },
    };
  },
});
