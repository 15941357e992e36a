import { propertyAt } from '../../../model/websocket.js';
import { routeLabel, WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/** "For WebSocket APIs, valid values are NONE …, AWS_IAM … and CUSTOM" (CloudFormation Route). */
const ROUTE_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM'];

export const rule = defineRule({
  id: 'ws/authorization-type-invalid',
  meta: {
    description: 'A WebSocket route authorizes with `NONE`, `AWS_IAM` or `CUSTOM`, and its authorizers are `REQUEST` Lambda authorizers: JWT is for HTTP APIs only.',
    category: 'authorizers', appliesTo: 'websocket', defaultSeverity: 'error', forms: ['resources'], failsDeploy: true, docsUrl: WS_DOCS.cfnRoute,
  },
  messages: {
    jwtRoute: '{{route}} has AuthorizationType JWT, which only HTTP APIs support; a WebSocket route takes NONE, AWS_IAM or CUSTOM (a REQUEST Lambda authorizer that validates the token)',
    routeType: '{{route}} has AuthorizationType {{type}}; a WebSocket route takes NONE, AWS_IAM or CUSTOM',
    authorizerType: 'Authorizer {{name}} has AuthorizerType {{type}}; a WebSocket API supports only REQUEST Lambda authorizers',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const route of ws.routes) {
          const type = route.props.AuthorizationType;
          if (typeof type !== 'string' || ROUTE_TYPES.includes(type)) continue;
          const node = propertyAt(route, 'AuthorizationType');
          if (type.toUpperCase() === 'JWT') ctx.report({ messageId: 'jwtRoute', data: { route: routeLabel(route, ws) }, node });
          else ctx.report({ messageId: 'routeType', data: { route: routeLabel(route, ws), type }, node });
        }
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-authorizer.html
        for (const authorizer of ws.authorizers) {
          if (authorizer.type === undefined || authorizer.type === 'REQUEST') continue;
          ctx.report({ messageId: 'authorizerType', data: { name: wsLabel(ws, authorizer), type: authorizer.type }, node: propertyAt(authorizer, 'AuthorizerType') });
        }
      },
    };
  },
});
