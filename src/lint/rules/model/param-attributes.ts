import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const KEPT = new Set(['name', 'in', 'required', 'type', 'description', 'schema', '$ref']);

export const rule = defineRule({
  id: 'model/param-attributes',
  meta: {
    description: 'API Gateway keeps only `name`, `in`, `required`, `type` and `description` of a parameter; other attributes are ignored.',
    category: 'struct', appliesTo: 'rest', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: { ignored: 'Parameter "{{name}}" of {{method}} has {{attributes}}, which API Gateway ignores' },
  create(ctx) {
    return {
      Operation(op) {
        for (const p of op.parameters) {
          const extra = Object.keys(p.value).filter((k) => !KEPT.has(k) && !k.startsWith('x-'));
          if (extra.length) ctx.report({ messageId: 'ignored', data: { name: p.name, method: op.label, attributes: extra.join(', ') }, node: p, at: [extra[0]!], on: 'key' });
        }
      },
    };
  },
});
