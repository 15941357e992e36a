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
  messages: { tooMany: 'Definition has {{count}} routes; the default quota is 300 per HTTP API' },
  create(ctx) {
    return {
      Root(model) {
        if (model.operations.length > QUOTA) ctx.report({ messageId: 'tooMany', data: { count: model.operations.length }, node: model.operations[QUOTA]!, on: 'key' });
      },
    };
  },
});
