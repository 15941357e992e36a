import { DOCS } from '../../helpers/docs.js';
import { schemasWithKeyword } from '../../helpers/schema.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'model/default-keyword',
  meta: {
    description: 'API Gateway does not support the `default` keyword in models.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { keyword: 'Schema of {{owner}} has a default, which API Gateway ignores' },
  create(ctx) {
    return {
      Schema(node) {
        schemasWithKeyword(node, 'default', (_schema, loc) => ctx.report({ messageId: 'keyword', data: { owner: node.owner }, node: loc, at: ['default'], on: 'key' }));
      },
    };
  },
});
