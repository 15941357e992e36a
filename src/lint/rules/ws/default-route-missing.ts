import { isMessageRoute, propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/default-route-missing',
  meta: {
    description: 'A WebSocket API with custom routes and no `$default` route answers every message that matches no route key, and every non-JSON message, with an error.',
    category: 'methods', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.routes,
  },
  messages: {
    missing: 'WebSocket API {{api}} has custom routes ({{keys}}) but no $default route; a message whose selected value matches none of them, or that is not JSON, gets an error instead of an integration',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        if (ws.routes.some((r) => r.key === '$default')) return;
        const custom = ws.routes.filter((r) => r.key !== undefined && isMessageRoute(r)).map((r) => r.key!);
        if (custom.length === 0) return;
        const keys = custom.slice(0, 3).join(', ') + (custom.length > 3 ? ', …' : '');
        const at = ws.api.props.RouteSelectionExpression !== undefined ? propertyAt(ws.api, 'RouteSelectionExpression') : ws.api.loc;
        ctx.report({ messageId: 'missing', data: { api: wsLabel(ws, ws.api), keys }, node: at, on: 'key' });
      },
    };
  },
});
