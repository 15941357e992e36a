import { isMessageRoute } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-target-missing',
  meta: {
    description: 'A WebSocket route that messages are sent to needs a `Target`: without one a message routed to it reaches no integration.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.routes,
  },
  messages: {
    missing: '{{route}} has no Target, so a message routed to it reaches no integration. Add Target: !Sub integrations/${Integration}',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        // An integration for $connect is optional (apigateway-websocket-api-route-keys-connect-disconnect);
        // $disconnect is best effort and answers nobody.
        for (const route of ws.routes) {
          if (route.key !== undefined && isMessageRoute(route) && !route.target.written) ctx.report({ messageId: 'missing', data: { route: routeLabel(route, ws) }, node: route.loc, on: 'key' });
        }
      },
    };
  },
});
