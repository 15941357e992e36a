import { DOCS } from '../../helpers/docs.js';
import { isVariable, segments, pathKeyLoc } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/param-not-whole-segment',
  meta: {
    description: 'In a REST API a path parameter must be a whole segment (`/pets/{id}`, not `/pets/id-{id}`).',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.knownIssues,
  },
  messages: { partial: 'Path {{path}} has segment "{{segment}}"; a path parameter must be the whole segment' },
  create(ctx) {
    return {
      PathItem(item) {
        for (const segment of segments(item.path)) {
          if (!/[{}]/.test(segment) || isVariable(segment)) continue;
          ctx.report({ messageId: 'partial', data: { path: item.path, segment }, node: pathKeyLoc(ctx.model, item.path), on: 'key' });
          break;
        }
      },
    };
  },
});
