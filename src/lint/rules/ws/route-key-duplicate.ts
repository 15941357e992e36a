import { propertyAt, type WsRoute } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-key-duplicate',
  meta: {
    description: 'Two routes of one WebSocket API cannot have the same `RouteKey`: creating the second fails with a ConflictException.',
    category: 'methods', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.routes,
  },
  messages: {
    duplicate: 'RouteKey {{key}} of {{route}} is already the key of {{other}}; the deployment fails (Route with key {{key}} already exists for this API)',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const first = new Map<string, WsRoute>();
        for (const route of ws.routes) {
          if (route.key === undefined) continue;
          const other = first.get(route.key);
          if (!other) first.set(route.key, route);
          else ctx.report({ messageId: 'duplicate', data: { key: route.key, route: wsLabel(ws, route), other: wsLabel(ws, other) }, node: propertyAt(route, 'RouteKey') });
        }
      },
    };
  },
});
