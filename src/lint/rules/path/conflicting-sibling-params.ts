import { DOCS } from '../../helpers/docs.js';
import { isVariable, normalizePath, pathKeyLoc, segments } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

/** CreateResource: "A sibling ({id}) of this resource already has a variable path part -- only one is allowed". */
export const rule = defineRule({
  id: 'path/conflicting-sibling-params',
  meta: {
    description: 'Under one parent resource a REST API allows only one variable path part (`/a/{id}/x` and `/a/{name}/y` conflict).',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.createResource,
  },
  messages: { conflict: 'Path {{path}} uses {{segment}} where {{other}} (from {{otherPath}}) already is; only one variable path part is allowed under {{parent}}' },
  create(ctx) {
    const variableAt = new Map<string, { segment: string; path: string }>();
    return {
      PathItem(item) {
        const segs = segments(item.path);
        for (let i = 0; i < segs.length; i++) {
          const seg = segs[i]!;
          if (!isVariable(seg)) continue;
          const parent = '/' + segs.slice(0, i).join('/');
          const first = variableAt.get(parent);
          if (!first) {
            variableAt.set(parent, { segment: seg, path: item.path });
            continue;
          }
          if (first.segment === seg || normalizePath(first.path) === normalizePath(item.path)) continue;
          ctx.report({
            messageId: 'conflict', node: pathKeyLoc(ctx.model, item.path), on: 'key',
            data: { path: item.path, segment: seg, other: first.segment, otherPath: first.path, parent },
          });
          return;
        }
      },
    };
  },
});
