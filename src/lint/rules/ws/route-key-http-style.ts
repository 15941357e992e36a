import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** An HTTP API route key: a method (or ANY) and a path, `GET /pets`, `ANY /{proxy+}`. */
const HTTP_KEY = /^(?:ANY|GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\s+\//i;

export const rule = defineRule({
  id: 'ws/route-key-http-style',
  meta: {
    description: 'A WebSocket route key is the value the route selection expression selects from a message, not an HTTP method and path.',
    category: 'methods', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.routes,
  },
  messages: {
    httpKey: 'RouteKey {{key}} of {{route}} is an HTTP API route key; a WebSocket API routes each message by the value its RouteSelectionExpression selects, so this route runs only for a message whose selected value is exactly "{{key}}"',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          if (route.key !== undefined && HTTP_KEY.test(route.key)) ctx.report({ messageId: 'httpKey', data: { key: route.key, route: wsLabel(ws, route) }, node: propertyAt(route, 'RouteKey') });
        }
      },
    };
  },
});
