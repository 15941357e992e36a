import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Import fails with "Model name must be alphanumeric" (known issues). */
export const rule = defineRule({
  id: 'model/name-alphanumeric',
  meta: {
    description: 'REST API model (schema) names must be alphanumeric.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.knownIssues,
  },
  messages: { invalid: 'Model name "{{name}}" is not alphanumeric; import fails with "Model name must be alphanumeric"' },
  create(ctx) {
    return {
      Schema(node) {
        if (node.name !== undefined && !/^[A-Za-z0-9]+$/.test(node.name)) ctx.report({ messageId: 'invalid', data: { name: node.name }, node, on: 'key' });
      },
    };
  },
});
