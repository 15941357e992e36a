import { DOCS } from '../../helpers/docs.js';
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
      // `${method.request…}` is REST syntax inside a placeholder: this rule reads placeholders too.
      RequestParameterMapping: {
        unknown: true,
        enter(m) {
          if (typeof m.value !== 'string') return;
          const data = { key: m.key, method: m.integration.operation.label, value: JSON.stringify(m.value) };
          if (/(^|\$\{)(method\.request|integration\.request|context\.|stageVariables\.)/.test(m.value)) ctx.report({ messageId: 'restSyntax', data, node: m });
          else if (/\$request\.body[^\s}]*(\.\.|\?\()/.test(m.value)) ctx.report({ messageId: 'jsonPath', data, node: m });
        },
      },
    };
  },
});
