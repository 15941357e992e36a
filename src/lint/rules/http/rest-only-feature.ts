import { DOCS } from '../../helpers/docs.js';
import { defineRule } from '../../rule.js';

const FIELDS = ['requestTemplates', 'responses', 'passthroughBehavior', 'contentHandling', 'cacheKeyParameters', 'cacheNamespace'];

export const rule = defineRule({
  id: 'http/rest-only-feature',
  meta: {
    description: 'Integration fields that only REST APIs use (templates, integration responses, passthrough, caching) are ignored by HTTP APIs.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'info', docsUrl: DOCS.httpOpenApi,
  },
  messages: { ignored: 'Integration for {{method}} sets {{field}}, a REST API feature that HTTP APIs ignore' },
  create(ctx) {
    return {
      Integration(node) {
        for (const field of FIELDS) {
          if (node.value[field] !== undefined) ctx.report({ messageId: 'ignored', data: { method: node.operation.label, field }, node, at: [field], on: 'key' });
        }
      },
    };
  },
});
