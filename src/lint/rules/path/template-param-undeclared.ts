import { DOCS } from '../../helpers/docs.js';
import { templateParams } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/template-param-undeclared',
  meta: {
    description: 'Every `{name}` in a REST path should be declared as an `in: path` parameter; API Gateway routes the path without it, but only a declared parameter can be mapped (map/source-undeclared).',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.invalidMappingExpression,
  },
  messages: { undeclared: '{{method}} does not declare path parameter "{{name}}" used in its path' },
  create(ctx) {
    return {
      Operation(op) {
        // A mock has no back end to pass the parameter to (the console's CORS OPTIONS methods are mocks that declare none).
        if (op.integration?.type === 'mock') return;
        for (const name of templateParams(op.path)) {
          const declared = op.parameters.some((p) => p.in === 'path' && (p.name === name || p.name === `${name}+`));
          if (!declared) ctx.report({ messageId: 'undeclared', data: { method: op.label, name }, node: op, on: 'key' });
        }
      },
    };
  },
});
