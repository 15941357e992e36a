import { propertyAt } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/authorization-not-on-connect',
  meta: {
    description: 'A WebSocket API authorizes on `$connect` only, when the connection is made: authorization on another route does not guard its messages.',
    category: 'authorizers', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.connect,
  },
  messages: {
    notConnect: '{{route}} sets {{what}}, but a WebSocket API authorizes only on $connect, when the connection is made; API Gateway does not check it on this route. Put the authorization on the $connect route',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          if (route.key === undefined || route.key === '$connect') continue;
          const type = route.props.AuthorizationType;
          if (typeof type === 'string' && type.toUpperCase() !== 'NONE') {
            ctx.report({ messageId: 'notConnect', data: { route: routeLabel(route, ws), what: `AuthorizationType ${type}` }, node: propertyAt(route, 'AuthorizationType') });
          } else if (route.props.AuthorizerId !== undefined) {
            ctx.report({ messageId: 'notConnect', data: { route: routeLabel(route, ws), what: 'an AuthorizerId' }, node: propertyAt(route, 'AuthorizerId'), on: 'key' });
          }
        }
      },
    };
  },
});
