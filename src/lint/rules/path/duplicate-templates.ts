import { DOCS } from '../../helpers/docs.js';
import { normalizePath, pathKeyLoc } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/duplicate-templates',
  meta: {
    description: 'Two paths that differ only in parameter names are the same API Gateway resource.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.createResource,
  },
  messages: { duplicate: 'Path {{path}} is the same resource as {{other}}; API Gateway has one resource per path' },
  create(ctx) {
    const seen = new Map<string, string>();
    return {
      PathItem(item) {
        const key = normalizePath(item.path);
        const other = seen.get(key);
        if (other === undefined) seen.set(key, item.path);
        else ctx.report({ messageId: 'duplicate', data: { path: item.path, other }, node: pathKeyLoc(ctx.model, item.path), on: 'key' });
      },
    };
  },
});
