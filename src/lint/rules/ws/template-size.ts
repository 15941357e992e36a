import { templateLabel, templateText, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** "Mapping template size: 300 KB" (WebSocket API quotas). */
const LIMIT = 300 * 1024;

export const rule = defineRule({
  id: 'ws/template-size',
  meta: {
    description: 'A WebSocket mapping template may be at most 300 KB.',
    category: 'templates', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.limits,
  },
  messages: { tooLarge: '{{template}} is {{size}} bytes; WebSocket mapping templates may be at most {{limit}} bytes' },
  defaultOptions: { maxBytes: LIMIT },
  validateOptions: (o) => (Number.isInteger(o.maxBytes) && (o.maxBytes as number) > 0 ? [] : ['maxBytes must be a positive whole number']),
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const limit = ctx.options.maxBytes as number;
        for (const t of ws.templates) {
          const found = templateText(t.text);
          if (!found) continue;
          const size = Buffer.byteLength(found.text, 'utf8');
          if (size > limit) ctx.report({ messageId: 'tooLarge', data: { template: templateLabel(t), size, limit }, node: t.loc, on: 'key' });
        }
      },
    };
  },
});
