import { propertyAt } from '../../../model/websocket.js';
import { refOf, resourceLabel } from '../../helpers/template.js';
import { otherApiOf, routeLabel, WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

export const rule = defineRule({
  id: 'ws/authorizer-mismatch',
  meta: {
    description: 'A WebSocket route with `AuthorizationType: CUSTOM` names an authorizer of its own API in `AuthorizerId`, and a route with an `AuthorizerId` is of type CUSTOM.',
    category: 'authorizers', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.cfnRoute,
  },
  messages: {
    customWithoutAuthorizer: '{{route}} has AuthorizationType CUSTOM without an AuthorizerId; the deployment fails',
    authorizerWithoutCustom: '{{route}} names authorizer {{authorizer}} but has AuthorizationType {{type}}; a Lambda authorizer needs CUSTOM, so the deployment fails',
    foreign: '{{route}} names authorizer {{authorizer}} of API {{other}}, not of {{api}}; the deployment fails',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        const t = ws.template;
        for (const route of ws.routes) {
          const type = typeof route.props.AuthorizationType === 'string' ? route.props.AuthorizationType.toUpperCase() : undefined;
          const authorizerId = route.props.AuthorizerId;
          const data = { route: routeLabel(route, ws) };
          if (authorizerId === undefined) {
            if (type === 'CUSTOM') ctx.report({ messageId: 'customWithoutAuthorizer', data, node: propertyAt(route, 'AuthorizationType') });
            continue;
          }
          const id = refOf(authorizerId);
          const authorizer = id !== undefined ? resourceLabel(t, id) : typeof authorizerId === 'string' ? authorizerId : 'an authorizer';
          if (type !== undefined && type !== 'CUSTOM') {
            ctx.report({ messageId: 'authorizerWithoutCustom', data: { ...data, authorizer, type }, node: propertyAt(route, 'AuthorizationType') });
            continue;
          }
          const r = id === undefined ? undefined : t.resources[id];
          const other = r?.Type === 'AWS::ApiGatewayV2::Authorizer' ? otherApiOf(ws, r) : undefined;
          if (other !== undefined) {
            ctx.report({ messageId: 'foreign', data: { ...data, authorizer, other: resourceLabel(t, other), api: wsLabel(ws, ws.api) }, node: propertyAt(route, 'AuthorizerId') });
          }
        }
      },
    };
  },
});
