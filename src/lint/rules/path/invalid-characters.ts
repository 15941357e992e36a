import { DOCS } from '../../helpers/docs.js';
import { segments, pathKeyLoc } from '../../helpers/paths.js';
import { defineRule } from '../../rule.js';

/** "Path segments can only contain alphanumeric characters, hyphens, periods, commas, colons, and curly braces" (known issues). */
const ALLOWED = /^[A-Za-z0-9._,:{}+-]+$/;

export const rule = defineRule({
  id: 'path/invalid-characters',
  meta: {
    description: 'REST API resource path segments may contain only letters, digits, `-._,:` and `{}`.',
    category: 'resources', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.knownIssues,
  },
  messages: { invalid: 'Path {{path}} has segment "{{segment}}" with characters API Gateway does not allow ({{chars}})' },
  create(ctx) {
    return {
      PathItem(item) {
        for (const segment of segments(item.path)) {
          if (ALLOWED.test(segment)) continue;
          const chars = [...new Set(segment.replace(/[A-Za-z0-9._,:{}+-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
          ctx.report({ messageId: 'invalid', data: { path: item.path, segment, chars }, node: pathKeyLoc(ctx.model, item.path), on: 'key' });
          break;
        }
      },
    };
  },
});
