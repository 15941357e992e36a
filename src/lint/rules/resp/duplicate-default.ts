import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const CATCH_ALL = new Set(['default', '.*', '.+', '(.*)', '(.+)', '^.*$', '[\\s\\S]*', '(?s).*']);

export const rule = defineRule({
  id: 'resp/duplicate-default',
  meta: {
    description: 'Only one integration response should match every outcome; with two, which one applies is not what the document suggests.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.putIntegrationResponse,
  },
  messages: { duplicate: 'Integration response "{{pattern}}" of {{method}} matches everything, like "{{other}}" already does' },
  create(ctx) {
    return {
      Integration(node) {
        let first: string | undefined;
        for (const r of node.responses) {
          if (!CATCH_ALL.has(r.pattern)) continue;
          if (first === undefined) first = r.pattern;
          else ctx.report({ messageId: 'duplicate', data: { pattern: r.pattern, method: node.operation.label, other: first }, node: r, on: 'key' });
        }
      },
    };
  },
});
