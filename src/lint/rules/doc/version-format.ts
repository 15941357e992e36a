import { textOf } from '../../../document/own.js';
import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** AWS accepts `openapi: '3.0'` and `swagger: 2.0` as a number (corpus, SAM integration tests). */
export const rule = defineRule({
  id: 'doc/version-format',
  meta: {
    description: 'The version is written loosely (`3.0`, or `2.0` as a number); API Gateway accepts it, other tools may not.',
    category: 'struct', appliesTo: 'both', defaultSeverity: 'info', forms: ['openapi'], docsUrl: DOCS.importWarnings,
  },
  messages: { loose: 'Version {{value}} is accepted by API Gateway but is not the form the specification gives ({{expected}})' },
  create(ctx) {
    return {
      Root(model) {
        const loc = model.base;
        const { swagger, openapi } = model.doc;
        if (swagger !== undefined && swagger !== '2.0' && textOf(swagger).startsWith('2')) {
          ctx.report({ messageId: 'loose', data: { value: JSON.stringify(swagger), expected: '"2.0"' }, node: loc, at: ['swagger'] });
        }
        if (openapi !== undefined && model.version !== null && !/^3\.\d+\.\d+$/.test(textOf(openapi))) {
          ctx.report({ messageId: 'loose', data: { value: JSON.stringify(openapi), expected: '"3.0.x"' }, node: loc, at: ['openapi'] });
        }
      },
    };
  },
});
