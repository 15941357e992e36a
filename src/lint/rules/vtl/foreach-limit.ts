import { DOCS } from '../../helpers/docs.js';
import { templateText } from '../../helpers/template-text.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'vtl/foreach-limit',
  meta: {
    description: 'API Gateway stops a `#foreach` after 1,000 iterations.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'info', docsUrl: DOCS.limits,
  },
  messages: { limit: 'Template "{{contentType}}" of {{owner}} loops with #foreach; API Gateway processes at most 1,000 items per loop' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        if (node.role !== 'gateway' && /#\{?foreach\b/.test(templateText(node)?.text ?? '')) {
          ctx.report({ messageId: 'limit', data: { contentType: node.contentType, owner: node.owner }, node });
        }
      },
    };
  },
});
