import { isObject } from '../../../model/detect.js';
import { propertyAt } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** Request data that exists only while the connection is made: the upgrade request's headers and query string. */
const CONNECT_ONLY = /^route\.request\.(header|querystring|multivalueheader|multivaluequerystring)\./;

export const rule = defineRule({
  id: 'ws/request-parameter-source',
  meta: {
    description: 'WebSocket request headers and query strings exist only on `$connect`: other routes map from `route.request.body`, `stageVariables`, `context` or static values.',
    category: 'integrations', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.dataMapping,
  },
  messages: {
    routeParameter: '{{route}} declares request parameter {{name}}, but a message has no {{location}}: only the $connect request does, so it is never present',
    integrationSource: 'Integration {{integration}} maps {{target}} from {{source}}, which exists only on the $connect route, but it serves {{route}}; there the value is missing. Map from route.request.body, stageVariables, context or a static value',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          if (route.key === undefined || route.key === '$connect' || !isObject(route.props.RequestParameters)) continue;
          for (const name of Object.keys(route.props.RequestParameters)) {
            const m = CONNECT_ONLY.exec(name);
            if (m) ctx.report({ messageId: 'routeParameter', data: { route: routeLabel(route, ws), name, location: m[1]!.replace('multivalue', 'multi-value ').replace('querystring', 'query string') }, node: propertyAt(route, 'RequestParameters', name), on: 'key' });
          }
        }
        for (const integration of ws.integrations) {
          const other = integration.routes.find((r) => r.key !== undefined && r.key !== '$connect');
          if (!other || !isObject(integration.props.RequestParameters)) continue;
          for (const [target, source] of Object.entries(integration.props.RequestParameters)) {
            if (typeof source !== 'string' || !CONNECT_ONLY.test(source)) continue;
            ctx.report({ messageId: 'integrationSource', data: { integration: wsLabel(ws, integration), target, source, route: routeLabel(other, ws) }, node: propertyAt(integration, 'RequestParameters', target) });
          }
        }
      },
    };
  },
});
