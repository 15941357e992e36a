import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Default quota: 300 routes per HTTP API (quotas page). */
const QUOTA = 300;

export const rule = defineRule({
  id: 'http/route-count',
  meta: {
    description: 'An HTTP API has at most 300 routes unless the quota is raised.',
    category: 'methods', appliesTo: 'http', defaultSeverity: 'warning', docsUrl: DOCS.limits,
  },
  defaultOptions: { max: QUOTA },
  validateOptions: (o) => (Number.isInteger(o.max) && (o.max as number) >= 0 ? [] : ['max must be a whole number']),
  messages: { tooMany: 'Definition has {{count}} routes; the quota is {{max}} per HTTP API' },
  create(ctx) {
    return {
      Root(model) {
        if (model.operations.length > (ctx.options.max as number)) ctx.report({ messageId: 'tooMany', data: { count: model.operations.length, max: ctx.options.max as number }, node: model.operations[ctx.options.max as number]!, on: 'key' });
      },
    };
  },
});
