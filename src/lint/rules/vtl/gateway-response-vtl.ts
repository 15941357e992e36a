import { DOCS } from '../../helpers/docs.js';
import { templateText } from '../../helpers/template-text.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'vtl/gateway-response-vtl',
  meta: {
    description: 'Gateway response templates are not run through Velocity: only `$context` and `$stageVariables` references are substituted.',
    category: 'templates', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.gatewayResponses,
  },
  messages: { directive: 'Template "{{contentType}}" of {{owner}} uses #{{directive}}, but gateway response templates are not processed by Velocity' },
  create(ctx) {
    return {
      MappingTemplate(node) {
        const text = node.role === 'gateway' ? templateText(node)?.text : undefined;
        if (text === undefined) return;
        const m = /#(set|if|foreach|elseif|else|end|macro|define|break|stop)\b/.exec(text);
        if (m) ctx.report({ messageId: 'directive', data: { contentType: node.contentType, owner: node.owner, directive: m[1]! }, node });
      },
    };
  },
});
