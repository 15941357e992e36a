import { DOCS } from '../../helpers/docs.js';
import { isKnownContextVariable } from '../../helpers/mapping.js';
import { defineRule, type ParameterMappingNode } from '../../rule.js';

export const rule = defineRule({
  id: 'map/context-variable-unknown',
  meta: {
    description: 'A `context.X` mapping source must be a documented `$context` variable.',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'warning', docsUrl: DOCS.contextVariables,
  },
  messages: { unknown: '{{where}} of {{method}} maps context.{{name}}, which is not a $context variable' },
  create(ctx) {
    const check = (m: ParameterMappingNode) => {
      if (m.restSource?.kind !== 'context' || isKnownContextVariable(m.restSource.name)) return;
      const where = m.response ? `Integration response "${m.response.pattern}"` : 'requestParameters';
      ctx.report({ messageId: 'unknown', data: { where, method: m.integration.operation.label, name: m.restSource.name }, node: m });
    };
    return {
      RequestParameterMapping: { enter: check, unknown: true },
      ResponseParameterMapping: { enter: check, unknown: true },
    };
  },
});
