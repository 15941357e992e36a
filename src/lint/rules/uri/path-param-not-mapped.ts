import { DOCS } from '../../helpers/docs.js';
import { isObject, knownString } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'uri/path-param-not-mapped',
  meta: {
    description: 'Every `{name}` in an http or http_proxy uri needs an `integration.request.path.name` mapping, the greedy `{proxy}` included.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.invalidMappingExpression,
  },
  messages: { notMapped: 'Integration uri of {{method}} uses {{{name}}} but requestParameters has no "integration.request.path.{{name}}"' },
  create(ctx) {
    return {
      Integration(node) {
        if (node.type !== 'http' && node.type !== 'http_proxy') return;
        const uri = knownString(node.value.uri) ?? (typeof node.value.uri === 'string' ? node.value.uri.replace(/\$\{[^}]*\}/g, '') : undefined);
        if (!uri) return;
        const params = isObject(node.value.requestParameters) ? node.value.requestParameters : {};
        for (const m of uri.matchAll(/\{([^{}]+)\}/g)) {
          const name = m[1]!.replace(/\+$/, '');
          if (`integration.request.path.${name}` in params) continue;
          ctx.report({ messageId: 'notMapped', data: { method: node.operation.label, name }, node, at: ['uri'] });
        }
      },
    };
  },
});
