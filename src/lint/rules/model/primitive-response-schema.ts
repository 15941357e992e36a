import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const PRIMITIVES = ['string', 'number', 'integer', 'boolean'];

export const rule = defineRule({
  id: 'model/primitive-response-schema',
  meta: {
    description: 'A method response schema must be an object or a `$ref` to a model; an inline primitive schema is not supported.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { primitive: 'Response schema of {{owner}} is an inline {{type}}; API Gateway needs an object schema or a $ref to a model' },
  create(ctx) {
    return {
      Schema(node) {
        if (node.name !== undefined || !/ response \S+$/.test(node.owner)) return;
        const v = node.value as Record<string, unknown> | null;
        if (v && typeof v === 'object' && typeof v.type === 'string' && PRIMITIVES.includes(v.type)) {
          ctx.report({ messageId: 'primitive', data: { owner: node.owner, type: v.type }, node, at: ['type'] });
        }
      },
    };
  },
});
