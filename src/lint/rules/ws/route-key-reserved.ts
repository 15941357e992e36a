import { propertyAt } from '../../../model/websocket.js';
import { PREDEFINED_ROUTE_KEYS, WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-key-reserved',
  meta: {
    description: 'The `$` prefix of a WebSocket route key is reserved for the predefined routes `$connect`, `$disconnect` and `$default`.',
    category: 'methods', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.routes,
  },
  messages: {
    reserved: 'RouteKey {{key}} of {{route}} starts with $, which is reserved for $connect, $disconnect and $default; API Gateway refuses it (The provided route key is not formatted properly). Name the custom route without $',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          if (route.key === undefined || !route.key.startsWith('$') || PREDEFINED_ROUTE_KEYS.includes(route.key)) continue;
          ctx.report({ messageId: 'reserved', data: { key: route.key, route: wsLabel(ws, route) }, node: propertyAt(route, 'RouteKey') });
        }
      },
    };
  },
});
