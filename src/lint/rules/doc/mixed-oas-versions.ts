import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/**
 * Swagger 2 constructs in an OpenAPI 3 document that change meaning: API Gateway ignores them.
 * `basePath`, `schemes`, `host` and `consumes` are left alone: AWS imports such documents
 * (SAM integration tests, reference lint-rules.md §D).
 */
const ROOT_KEYS = ['definitions', 'securityDefinitions', 'parameters', 'responses'];

export const rule = defineRule({
  id: 'doc/mixed-oas-versions',
  meta: {
    description: 'An OpenAPI 3 document uses Swagger 2 constructs that API Gateway then ignores.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'warning', forms: ['openapi'], docsUrl: DOCS.knownIssues,
  },
  messages: {
    rootKey: 'OpenAPI 3 document has Swagger 2 "{{key}}", which is ignored; use components.{{replacement}}',
    bodyParam: 'Parameter "{{name}}" of {{method}} is "in: {{location}}", a Swagger 2 form; OpenAPI 3 uses requestBody',
  },
  create(ctx) {
    const replacements: Record<string, string> = {
      definitions: 'schemas', securityDefinitions: 'securitySchemes', parameters: 'parameters', responses: 'responses',
    };
    return {
      Root(model) {
        if (model.version !== '3.0' && model.version !== '3.1') return;
        for (const key of ROOT_KEYS) {
          if (model.doc[key] !== undefined) {
            ctx.report({ messageId: 'rootKey', data: { key, replacement: replacements[key]! }, node: model.base, at: [key], on: 'key' });
          }
        }
      },
      Operation(op) {
        const v = ctx.model.version;
        if (v !== '3.0' && v !== '3.1') return;
        for (const p of op.parameters) {
          if (p.in === 'body' || p.in === 'formData') {
            ctx.report({ messageId: 'bodyParam', data: { name: p.name, method: op.label, location: p.in }, node: p, at: ['in'] });
          }
        }
      },
    };
  },
});
