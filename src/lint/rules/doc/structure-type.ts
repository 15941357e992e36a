import { structureProblems } from '../../../model/structure.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'doc/structure-type',
  meta: {
    description: 'Paths, path items, operations, responses, integrations and the other objects of a definition are mappings (and parameters lists): import rejects a null, a list, a string or a number there.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'error', forms: ['openapi'], docsUrl: DOCS.importWarnings,
  },
  messages: {
    wrongType: '{{what}} must be {{expected}}, not {{actual}}; API Gateway rejects the definition',
  },
  create(ctx) {
    return {
      Root(model) {
        for (const p of structureProblems(model.set, model.doc, model.base, model.version)) {
          ctx.report({ messageId: 'wrongType', data: { what: p.what, expected: p.expected, actual: p.actual }, node: p.loc, on: p.actual === 'null' ? 'key' : 'value' });
        }
      },
    };
  },
});
