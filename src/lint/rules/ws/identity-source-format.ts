import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** `route.request.header.X`, `route.request.querystring.X`, `stageVariables.X`, `context.X` (CloudFormation Authorizer). */
const WEBSOCKET_SOURCE = /^(?:route\.request\.(?:header|querystring)\.[^\s.]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/;

export const rule = defineRule({
  id: 'ws/identity-source-format',
  meta: {
    description: 'A WebSocket Lambda authorizer names its identity sources as `route.request.header.X`, `route.request.querystring.X`, `stageVariables.X` or `context.X`.',
    category: 'authorizers', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.cfnAuthorizer,
  },
  messages: {
    format: 'IdentitySource {{value}} of authorizer {{name}} is not a WebSocket identity source (route.request.header.X, route.request.querystring.X, stageVariables.X or context.X); the deployment fails or every connection is refused with 401',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const authorizer of ws.authorizers) {
          const sources = authorizer.props.IdentitySource;
          if (!Array.isArray(sources)) continue;
          sources.forEach((value, i) => {
            if (typeof value !== 'string' || WEBSOCKET_SOURCE.test(value)) return;
            ctx.report({ messageId: 'format', data: { value, name: wsLabel(ws, authorizer) }, node: propertyAt(authorizer, 'IdentitySource', i) });
          });
        }
      },
    };
  },
});
