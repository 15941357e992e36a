import { DOCS } from '../../helpers/docs.js';
import { declaredRequestParams, requestParamKey } from '../../helpers/params.js';
import { isUnknownValue } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'int/cache-key-undeclared',
  meta: {
    description: 'Each `cacheKeyParameters` entry must be a declared method request parameter (`method.request.querystring.q`, …).',
    category: 'integrations', appliesTo: 'rest', defaultSeverity: 'error', docsUrl: DOCS.apiIntegration,
  },
  messages: {
    undeclared: 'Cache key {{value}} of {{method}} is not a declared method request parameter',
    notList: 'cacheKeyParameters of {{method}} must be a list of method.request.* parameter names',
  },
  create(ctx) {
    return {
      Integration(node) {
        const list = node.value.cacheKeyParameters;
        // notList: a row of src/lint/node-types.ts.
        if (!Array.isArray(list)) return;
        const declared = declaredRequestParams(node.operation);
        list.forEach((entry, i) => {
          if (isUnknownValue(entry)) return;
          const m = typeof entry === 'string' ? /^method\.request\.([a-z]+)\.(.+)$/.exec(entry) : null;
          if (m && declared.has(requestParamKey(m[1]!, m[2]!))) return;
          ctx.report({ messageId: 'undeclared', data: { value: JSON.stringify(entry), method: node.operation.label }, node, at: ['cacheKeyParameters', i] });
        });
      },
    };
  },
});
