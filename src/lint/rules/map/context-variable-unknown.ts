import type { IntegrationNode } from '../../../model/model.js';
import { DOCS } from '../../helpers/docs.js';
import { isKnownContextVariable, parseRestSource } from '../../helpers/mapping.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/context-variable-unknown',
  meta: {
    description: 'A `context.X` mapping source must be a documented `$context` variable.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.contextVariables,
  },
  messages: { unknown: '{{where}} of {{method}} maps context.{{name}}, which is not a $context variable' },
  create(ctx) {
    const check = (node: IntegrationNode, params: unknown, at: Array<string | number>, side: 'request' | 'response', where: string) => {
      if (!isObject(params)) return;
      for (const [key, value] of Object.entries(params)) {
        const src = typeof value === 'string' ? parseRestSource(value, side) : undefined;
        if (src?.kind === 'context' && !isKnownContextVariable(src.name)) {
          ctx.report({ messageId: 'unknown', data: { where, method: node.operation.label, name: src.name }, node, at: [...at, key] });
        }
      }
    };
    return {
      Integration(node) {
        check(node, node.value.requestParameters, ['requestParameters'], 'request', 'requestParameters');
      },
      IntegrationResponse(node) {
        if (isObject(node.value)) {
          check(node.integration, node.value.responseParameters, ['responses', node.pattern, 'responseParameters'], 'response', `Integration response "${node.pattern}"`);
        }
      },
    };
  },
});
