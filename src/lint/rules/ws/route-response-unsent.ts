import { propertyAt } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-response-unsent',
  meta: {
    description: 'A WebSocket route answers the client only through a route response, and `$disconnect` cannot answer at all.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.routeResponse,
  },
  messages: {
    noResponse: 'RouteResponseSelectionExpression of {{route}} asks for replies, but the route has no RouteResponse; API Gateway sends the client none (the route stays one-way). Add a $default RouteResponse',
    disconnect: 'RouteResponse {{id}} answers $disconnect, which runs after the connection is closed; no reply can reach the client',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          if (route.key === '$disconnect') {
            for (const response of route.responses) ctx.report({ messageId: 'disconnect', data: { id: response.id }, node: response.loc });
          } else if (route.props.RouteResponseSelectionExpression !== undefined && route.responses.length === 0) {
            ctx.report({ messageId: 'noResponse', data: { route: routeLabel(route) }, node: propertyAt(route, 'RouteResponseSelectionExpression') });
          }
        }
      },
    };
  },
});
