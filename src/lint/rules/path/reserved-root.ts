import { DOCS } from '../../helpers/docs.js';
import { pathKeyLoc } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/reserved-root',
  meta: {
    description: '`/ping` and `/sping` at the root are reserved for the health check when the API is behind a custom domain name.',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.knownIssues,
  },
  messages: { reserved: 'Path {{path}} is reserved by API Gateway for health checks on custom domain names' },
  create(ctx) {
    return {
      PathItem(item) {
        if (item.path === '/ping' || item.path === '/sping') ctx.report({ messageId: 'reserved', data: { path: item.path }, node: pathKeyLoc(ctx.model, item.path), on: 'key' });
      },
    };
  },
});
