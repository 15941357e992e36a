import { isNonProxy, isTwoWay } from '../../../model/websocket.js';
import { integrationLabel, routeLabel, WS_DOCS } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/integration-response-missing',
  meta: {
    description: 'A non-proxy integration (AWS, HTTP, MOCK) of a two-way WebSocket route needs a `$default` integration response to answer with.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.integrationResponses,
  },
  messages: {
    none: '{{type}} integration {{integration}} has no IntegrationResponse, but {{route}} answers through a route response, and a non-proxy integration must have an integration response to answer with. Add a $default IntegrationResponse',
    noDefault: 'Integration {{integration}} has IntegrationResponses {{keys}} but no $default, the catch-all a non-proxy integration needs; {{route}} has no integration response to answer with when none of them matches. Add a $default IntegrationResponse',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const integ of ws.integrations) {
          if (!isNonProxy(integ.type)) continue;
          // $disconnect runs after the connection is closed: its route response answers no one
          // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
          const route = integ.routes.find((r) => isTwoWay(r) && r.key !== '$disconnect');
          if (!route) continue;
          const data = { integration: integrationLabel(integ), type: integ.type!, route: routeLabel(route) };
          if (integ.responses.length === 0) {
            ctx.report({ messageId: 'none', data, node: integ.loc });
            continue;
          }
          const keys = integ.responses.map((r) => r.key);
          if (keys.includes('$default') || keys.some((k) => k === undefined)) continue;
          ctx.report({ messageId: 'noDefault', data: { ...data, keys: keys.join(', ') }, node: integ.loc });
        }
      },
    };
  },
});
