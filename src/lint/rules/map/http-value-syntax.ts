import { DOCS } from '../../helpers/docs.js';
import { isObject } from '../../helpers/values.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'map/http-value-syntax',
  meta: {
    description: 'HTTP API mapping values use `$request.*`, `$context.*`, `$stageVariables.*` or static text; REST syntax and JSONPath filters are not supported.',
    category: 'integrations', appliesTo: 'http', defaultSeverity: 'error', docsUrl: DOCS.httpParameterMapping,
  },
  messages: {
    restSyntax: 'requestParameters "{{key}}" of {{method}} uses REST syntax {{value}}; HTTP APIs write $request.header.<name>, $request.querystring.<name>, $request.path.<name>',
    jsonPath: 'requestParameters "{{key}}" of {{method}} uses {{value}}; $request.body supports simple JSONPath only (no .. or filters)',
  },
  create(ctx) {
    return {
      Integration(node) {
        const params = node.value.requestParameters;
        if (!isObject(params)) return;
        for (const [key, value] of Object.entries(params)) {
          if (typeof value !== 'string') continue;
          const data = { key, method: node.operation.label, value: JSON.stringify(value) };
          if (/(^|\$\{)(method\.request|integration\.request|context\.|stageVariables\.)/.test(value)) {
            ctx.report({ messageId: 'restSyntax', data, node, at: ['requestParameters', key] });
          } else if (/\$request\.body[^\s}]*(\.\.|\?\()/.test(value)) {
            ctx.report({ messageId: 'jsonPath', data, node, at: ['requestParameters', key] });
          }
        }
      },
    };
  },
});
