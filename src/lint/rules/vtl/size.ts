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
  messages: { tooLarge: '{{role}} template "{{contentType}}" of {{owner}} is {{size}} bytes; mapping templates may be at most {{limit}} bytes' },
  defaultOptions: { maxBytes: LIMIT },
  validateOptions: (o) => (Number.isInteger(o.maxBytes) && (o.maxBytes as number) > 0 ? [] : ['maxBytes must be a positive whole number']),
  create(ctx) {
    return {
      MappingTemplate(node) {
        if (typeof node.text !== 'string') return;
        const bytes = Buffer.byteLength(node.text, 'utf8');
        const limit = ctx.options.maxBytes as number;
        if (bytes <= limit) return;
        ctx.report({ messageId: 'tooLarge', data: { role: node.role === 'request' ? 'Request' : 'Response', contentType: node.contentType, owner: node.owner, size: bytes, limit }, node, on: 'key' });
      },
    };
  },
});
