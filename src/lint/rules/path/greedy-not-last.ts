import { DOCS } from '../../helpers/docs.js';
import { isGreedy, segments, pathKeyLoc } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'path/greedy-not-last',
  meta: {
    description: 'A greedy path variable (`{proxy+}`) must be the last segment of the path.',
    category: 'resources', appliesTo: 'both', defaultSeverity: 'error', docsUrl: DOCS.resources,
  },
  messages: { notLast: 'Path {{path}} continues after greedy variable {{segment}}; it must be the last segment' },
  create(ctx) {
    return {
      PathItem(item) {
        const segs = segments(item.path);
        const i = segs.findIndex(isGreedy);
        if (i >= 0 && i < segs.length - 1) {
          ctx.report({ messageId: 'notLast', data: { path: item.path, segment: segs[i]! }, node: pathKeyLoc(ctx.model, item.path), on: 'key' });
        }
      },
    };
  },
});
