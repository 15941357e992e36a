import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const KEY = 'x-amazon-apigateway-request-validator';

export const rule = defineRule({
  id: 'val/unused-validators',
  meta: {
    description: 'A request validator that neither the API nor any method uses has no effect.',
    category: 'validators', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.requestValidators,
  },
  messages: { unused: 'Request validator "{{name}}" is not used by the API or any method' },
  create(ctx) {
    return {
      'Root:exit'(model) {
        const used = new Set<unknown>([model.doc[KEY], ...model.operations.map((op) => op.value[KEY])]);
        for (const v of model.validators.values()) if (!used.has(v.name)) ctx.report({ messageId: 'unused', data: { name: v.name }, node: v, on: 'key' });
      },
    };
  },
});
