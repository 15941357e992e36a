import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/method-without-integration',
  meta: {
    description: 'A method without `x-amazon-apigateway-integration` imports, but the deployment then fails with "No integration defined for method".',
    category: 'methods', appliesTo: 'both', defaultSeverity: 'warning', failsDeploy: true, docsUrl: DOCS.integration,
  },
  messages: { missing: '{{method}} has no x-amazon-apigateway-integration; deploying the API fails with "No integration defined for method"' },
  create(ctx) {
    return {
      Operation(op) {
        if (op.value['x-amazon-apigateway-integration'] !== undefined) return;
        // In a SAM DefinitionBody, a function's Api or HttpApi event adds the integration.
        if (ctx.model.sam?.routes.has(`${op.method} ${op.path}`)) return;
        ctx.report({ messageId: 'missing', data: { method: op.label }, node: op, on: 'key' });
      },
    };
  },
});
