import { propertyAt } from '../../../model/websocket.js';
import { WS_DOCS, wsLabel } from '../../helpers/websocket.js';
import { defineRule } from '../../rule.js';

/**
 * `AWS::ApiGatewayV2::Api` properties CloudFormation documents as "Supported only for HTTP APIs",
 * by what they are: an OpenAPI import, quick create, or CORS.
 */
const HTTP_ONLY: Record<string, 'body' | 'quickCreate' | 'cors'> = {
  Body: 'body', BodyS3Location: 'body', BasePath: 'body',
  Target: 'quickCreate', RouteKey: 'quickCreate', CredentialsArn: 'quickCreate',
  CorsConfiguration: 'cors',
};

export const rule = defineRule({
  id: 'ws/http-only-property',
  meta: {
    description: 'An `AWS::ApiGatewayV2::Api` of protocol WEBSOCKET takes no `Body`, `BodyS3Location`, `BasePath`, quick create (`Target`, `RouteKey`, `CredentialsArn`) or `CorsConfiguration`: CloudFormation supports them only for HTTP APIs.',
    category: 'resources', appliesTo: 'websocket', defaultSeverity: 'warning', forms: ['resources'], docsUrl: WS_DOCS.cfnApi,
  },
  messages: {
    body: '{{property}} of WebSocket API {{api}} is supported only for HTTP APIs: a WebSocket API has no OpenAPI form, its routes are AWS::ApiGatewayV2::Route resources',
    quickCreate: '{{property}} of WebSocket API {{api}} is quick create, supported only for HTTP APIs: declare an AWS::ApiGatewayV2::Route and Integration instead',
    cors: 'CorsConfiguration of WebSocket API {{api}} is supported only for HTTP APIs: API Gateway adds no CORS headers to a WebSocket handshake',
  },
  create(ctx) {
    return {
      WebSocketApi(ws) {
        for (const [property, messageId] of Object.entries(HTTP_ONLY)) {
          if (ws.api.props[property] === undefined) continue;
          ctx.report({ messageId, data: { property, api: wsLabel(ws, ws.api) }, node: propertyAt(ws.api, property), on: 'key' });
        }
      },
    };
  },
});
