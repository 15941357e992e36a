import { propertyAt } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/route-response-key',
  meta: {
    description: 'A WebSocket route response key and a route response selection expression can only be `$default`.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], docsUrl: WS_DOCS.routeResponse,
  },
  messages: {
    key: 'RouteResponseKey "{{key}}" of {{route}} is not $default; WebSocket APIs only support the $default route response',
    expression: 'RouteResponseSelectionExpression "{{expression}}" of {{route}} is not $default, the only value WebSocket APIs support',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          const expression = route.props.RouteResponseSelectionExpression;
          if (typeof expression === 'string' && expression !== '$default' && expression !== '\\$default') {
            ctx.report({ messageId: 'expression', data: { expression, route: routeLabel(route) }, node: propertyAt(route, 'RouteResponseSelectionExpression') });
          }
        }
        for (const response of ws.routeResponses) {
          if (response.key === undefined || response.key === '$default') continue;
          const route = response.route ? routeLabel(response.route) : `route response ${response.id}`;
          ctx.report({ messageId: 'key', data: { key: response.key, route }, node: propertyAt(response, 'RouteResponseKey') });
        }
      },
    };
  },
});
