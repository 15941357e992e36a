import type { OperationNode } from '../../../model/model.js';
import { DOCS } from '../../helpers/docs.js';
import { declaredRequestParams, requestParamKey } from '../../helpers/params.js';
import { defineRule } from '../../rule.js';

/** "Invalid mapping expression specified": a mapped method request parameter must be declared first. */
export const rule = defineRule({
  id: 'map/source-undeclared',
  meta: {
    description: 'A `method.request.*` parameter used in a mapping must be declared as a parameter of the method (or be the greedy path variable).',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.invalidMappingExpression,
  },
  messages: {
    undeclared: 'requestParameters "{{key}}" of {{method}} maps {{value}}, but {{method}} declares no {{location}} parameter "{{name}}"; import fails with "Invalid mapping expression specified"',
  },
  create(ctx) {
    const LOCATION_NAMES: Record<string, string> = {
      path: 'path', querystring: 'query', multivaluequerystring: 'query', header: 'header', multivalueheader: 'header',
    };
    let declared: { op: OperationNode; params: Set<string> } | undefined;
    return {
      RequestParameterMapping: {
        unknown: true,
        enter(m) {
          const src = m.restSource;
          if (src?.kind !== 'param') return;
          const op = m.integration.operation;
          if (declared?.op !== op) declared = { op, params: declaredRequestParams(op) };
          if (declared.params.has(requestParamKey(src.location, src.name))) return;
          ctx.report({
            messageId: 'undeclared', node: m,
            data: { key: m.key, method: op.label, value: m.value as string, location: LOCATION_NAMES[src.location]!, name: src.name },
          });
        },
      },
    };
  },
});
