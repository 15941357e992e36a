import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/duplicate-operation-id',
  meta: {
    description: 'Two operations with the same `operationId` collide in generated SDKs and documentation parts.',
    category: 'methods', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { duplicate: 'operationId "{{id}}" of {{method}} is already used by {{other}}' },
  create(ctx) {
    const seen = new Map<string, string>();
    return {
      Operation(op) {
        const id = op.value.operationId;
        if (typeof id !== 'string') return;
        const other = seen.get(id);
        if (other === undefined) seen.set(id, op.label);
        else ctx.report({ messageId: 'duplicate', data: { id, method: op.label, other }, node: op, at: ['operationId'] });
      },
    };
  },
});
