import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'cors/rest-options-missing',
  meta: {
    description: 'A REST method that returns Access-Control-Allow-Origin needs an OPTIONS method on its path to answer preflight requests.',
    category: 'methods', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.knownIssues,
  },
  messages: { missing: '{{method}} returns Access-Control-Allow-Origin but {{path}} has no OPTIONS method for CORS preflight' },
  create(ctx) {
    return {
      PathItem(item) {
        if (item.operations.some((op) => op.method === 'OPTIONS' || op.method === 'ANY')) return;
        for (const op of item.operations) {
          const returnsCors = [...op.responses.values()].some((r) => r.headers.has('access-control-allow-origin'));
          if (returnsCors) return void ctx.report({ messageId: 'missing', data: { method: op.label, path: item.path }, node: op, on: 'key' });
        }
      },
    };
  },
});
