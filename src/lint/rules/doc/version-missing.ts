import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/version-missing',
  meta: {
    description: 'The document must state `swagger: "2.0"` or `openapi: 3.0.x` at the top level.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importWarnings,
  },
  messages: {
    missing: 'Document has neither "swagger" nor "openapi" at the top level',
    unsupported: 'Version {{value}} is neither Swagger 2.0 nor OpenAPI 3.x',
  },
  create(ctx) {
    return {
      Root(model) {
        const doc = model.doc;
        const loc = model.base;
        if (doc.swagger === undefined && doc.openapi === undefined) ctx.report({ messageId: 'missing', node: loc });
        else if (model.version === null) {
          const key = doc.swagger !== undefined ? 'swagger' : 'openapi';
          ctx.report({ messageId: 'unsupported', data: { value: JSON.stringify(doc[key]) }, node: loc, at: [key] });
        }
      },
    };
  },
});
