import { DOCS } from '../../helpers/docs.js';
import { parseRestSource } from '../../helpers/mapping.js';
import { declaredRequestParams, requestParamKey } from '../../helpers/params.js';
import { isObject } from '../../helpers/values.js';
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
    return {
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        const declared = declaredRequestParams(node.operation);
        for (const [key, value] of Object.entries(params)) {
          if (typeof value !== 'string') continue;
          const src = parseRestSource(value, 'request');
          if (src.kind !== 'param' || declared.has(requestParamKey(src.location, src.name))) continue;
          ctx.report({
            messageId: 'undeclared', node, at: ['requestParameters', key],
            data: { key, method: node.operation.label, value, location: LOCATION_NAMES[src.location]!, name: src.name },
          });
        }
      },
    };
  },
});
