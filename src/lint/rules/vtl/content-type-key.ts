import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'vtl/content-type-key',
  meta: {
    description: 'Mapping templates are keyed by a MIME type such as `application/json`.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.integration,
  },
  messages: { notMime: 'Template key "{{key}}" of {{owner}} is not a content type (type/subtype); it never matches a request{{hint}}' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        if (/^[\w.+*-]+\/[\w.+*-]+(\s*;.*)?$/.test(node.contentType)) return;
        const hint = /json/i.test(node.contentType) ? ' (did you mean "application/json"?)' : '';
        ctx.report({ messageId: 'notMime', data: { key: node.contentType, owner: node.owner, hint }, node, on: 'key' });
      },
    };
  },
});
