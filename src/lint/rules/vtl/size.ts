import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

/** "The maximum size of a mapping template is 300 KB" (quotas and important notes). */
const LIMIT = 300 * 1024;

export const rule = defineRule({
  id: 'vtl/size',
  meta: {
    description: 'A mapping template may be at most 300 KB.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.limits,
  },
  messages: { tooLarge: '{{role}} template "{{contentType}}" of {{owner}} is {{size}} KB; mapping templates may be at most 300 KB' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        if (typeof node.text !== 'string') return;
        const bytes = Buffer.byteLength(node.text, 'utf8');
        if (bytes <= LIMIT) return;
        ctx.report({ messageId: 'tooLarge', data: { role: node.role === 'request' ? 'Request' : 'Response', contentType: node.contentType, owner: node.owner, size: Math.ceil(bytes / 1024) }, node, on: 'key' });
      },
    };
  },
});
