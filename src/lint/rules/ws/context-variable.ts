import { CONTEXT_VARIABLES, WEBSOCKET_CONTEXT_VARIABLES } from '../../../aws/context-variables.js';
import { fileOffsetOf, templateLabel, templateText, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/context-variable',
  meta: {
    description: 'WebSocket templates read the `$context` variables of a WebSocket API (`connectionId`, `routeKey`, `eventType`, `messageId`, ...); REST request-line variables and unknown names render as empty.',
    category: 'templates', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.templateReference,
  },
  messages: {
    restOnly: '{{template}} reads $context.{{name}}, a REST API variable that WebSocket APIs do not set; it renders as empty',
    unknown: '{{template}} reads $context.{{name}}, which is not a WebSocket $context variable; it renders as empty',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const t of ws.templates) {
          const found = templateText(t.text);
          if (!found) continue;
          const at = fileOffsetOf(t, found);
          const seen = new Set<string>();
          for (const m of found.text.matchAll(/\$!?\{?context\.([A-Za-z0-9_]+)/g)) {
            const name = m[1]!;
            if (WEBSOCKET_CONTEXT_VARIABLES.has(name) || seen.has(name)) continue;
            seen.add(name);
            const data = { template: templateLabel(t), name };
            const messageId = CONTEXT_VARIABLES.has(name) ? 'restOnly' : 'unknown';
            ctx.report({ messageId, data, node: t.loc, ...(at ? { offsets: [at(m.index), at(m.index + m[0].length)] as [number, number] } : {}) });
          }
        }
      },
    };
  },
});
