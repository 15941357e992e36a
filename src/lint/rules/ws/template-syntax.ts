import { fileOffsetOf, templateLabel, templateText, WS_DOCS } from '../../helpers/websocket.js';
import { syntaxErrorOf } from '../../helpers/template-text.js';
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
      WebSocketApi(ws) {
        for (const t of ws.templates) {
          const found = templateText(t.text);
          if (!found) continue;
          const error = syntaxErrorOf(ctx.model, found.text);
          if (!error) continue;
          const data = { template: templateLabel(t), detail: error.message, line: error.line, column: error.column };
          const at = fileOffsetOf(t, found)?.(error.offset);
          ctx.report({ messageId: 'syntax', data, node: t.loc, ...(at !== undefined ? { offsets: [at, at + 1] as [number, number] } : {}) });
        }
      },
    };
  },
});
