import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** Default quota: 10 authorizers per API (quotas page). */
const QUOTA = 10;

export const rule = defineRule({
  id: 'auth/authorizer-count',
  meta: {
    description: 'An API has at most 10 authorizers unless the quota is raised.',
    category: 'authorizers', appliesTo: 'both', defaultSeverity: 'warning', docsUrl: DOCS.limits,
  },
  defaultOptions: { max: QUOTA },
  validateOptions: (o) => (Number.isInteger(o.max) && (o.max as number) >= 0 ? [] : ['max must be a whole number']),
  messages: { tooMany: 'Definition has {{count}} authorizers; the quota is {{max}} per API' },
  create(ctx) {
    return {
      Root(model) {
        const list = model.authorizers;
        if (list.length > (ctx.options.max as number)) ctx.report({ messageId: 'tooMany', data: { count: list.length, max: ctx.options.max as number }, node: list[ctx.options.max as number]!, on: 'key' });
      },
    };
  },
});
