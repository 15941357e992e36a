import { DOCS } from '../../helpers/docs.js';
import { templateParams } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/declared-param-not-in-template',
  meta: {
    description: 'An `in: path` parameter whose name does not appear in the path template can never be set.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.resources,
  },
  messages: { notInTemplate: 'Path parameter "{{name}}" of {{method}} does not appear in path {{path}}' },
  create(ctx) {
    return {
      Operation(op) {
        const names = templateParams(op.path);
        for (const p of op.parameters) {
          if (p.in !== 'path' || names.includes(p.name.replace(/\+$/, ''))) continue;
          ctx.report({ messageId: 'notInTemplate', data: { name: p.name, method: op.label, path: op.path }, node: p, at: ['name'] });
        }
      },
    };
  },
});
