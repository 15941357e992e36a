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
  messages: { tooMany: 'Definition has {{count}} authorizers; the default quota is 10 per API' },
  create(ctx) {
    return {
      Root(model) {
        const list = model.authorizers;
        if (list.length > QUOTA) ctx.report({ messageId: 'tooMany', data: { count: list.length }, node: list[QUOTA]!, on: 'key' });
      },
    };
  },
});
