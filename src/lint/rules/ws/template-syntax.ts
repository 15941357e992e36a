import type { TemplateError } from '../../../vtl/parse.js';
import { compile, TemplateSyntaxError } from '../../../vtl/template.js';
import { fileOffsetOf, templateLabel, templateText, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/template-syntax',
  meta: {
    description: 'WebSocket request and response templates must parse as Velocity; API Gateway does not check them when they are created, and every message they apply to then fails.',
    category: 'templates', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.dataTransformations,
  },
  messages: { syntax: '{{template}} does not parse: {{detail}} (template line {{line}}, column {{column}})' },
  create(ctx) {
    return {
      Root(model) {
        for (const t of model.websocket!.templates) {
          const found = templateText(t.text);
          if (!found) continue;
          // The same cache entry as vtl/syntax: each distinct text is parsed once per run.
          const key = `vtl:${found.text}`;
          let result = model.cache.get(key) as { error?: TemplateError } | undefined;
          if (!result) {
            result = {};
            try {
              compile(found.text);
            } catch (err) {
              if (!(err instanceof TemplateSyntaxError)) throw err;
              result.error = err.detail;
            }
            model.cache.set(key, result);
          }
          const error = result.error;
          if (!error) continue;
          const data = { template: templateLabel(t), detail: error.message, line: error.line, column: error.column };
          const at = fileOffsetOf(t, found)?.(error.offset);
          ctx.report({ messageId: 'syntax', data, node: t.loc, ...(at !== undefined ? { offsets: [at, at + 1] as [number, number] } : {}) });
        }
      },
    };
  },
});
