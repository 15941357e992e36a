import { describe, expect, it } from 'vitest';
import { renderWebSocketMessage, UserError } from '../../src/index.js';
import { ROOT } from '../support/cli.js';

const CHAT = 'fixtures/render/websocket/chat.yaml';
const at = { now: 1652722227357, cwd: ROOT };

describe('renderWebSocketMessage', () => {
  it('chooses the route and the request template, and says where the template is written', async () => {
    const r = await renderWebSocketMessage(CHAT, { message: '{"action": "join", "service": "chat", "data": {"room": "r1"}}' }, at);
    expect(r).toMatchObject({
      api: 'ChatApi', route: 'join', routeSelection: 'route selection expression $request.body.action gives "join": route join',
      request: { kind: 'template', body: '{"room": "r1", "connection": "JvQxydTkoAMCIdg=", "route": "join", "message": "JvQy8dWloAMCIdg="}',
        template: { key: 'chat', selectedBy: 'chat', file: CHAT, line: 50, column: 9, pointer: '/Resources/JoinInteg/Properties/RequestTemplates/chat' } },
      warnings: [],
    });
  });

  it('gives the $context of the request: time, stage, ids', async () => {
    const text = `Resources:
  Api: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}}
  R: {Type: AWS::ApiGatewayV2::Route, Properties: {ApiId: !Ref Api, RouteKey: $default, Target: !Join [/, [integrations, !Ref I]]}}
  I:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
      IntegrationType: MOCK
      TemplateSelectionExpression: \\$default
      RequestTemplates: {$default: '$context.requestTime|$context.requestTimeEpoch|$context.eventType|$context.routeKey|$context.stage|$context.domainName|$context.httpMethod|$context.resourcePath'}
`;
    const r = await renderWebSocketMessage({ text, file: 'ws.yaml' }, { message: 'x', requestContext: { apiId: 'abc' } }, at);
    expect(r.request?.body).toBe('16/May/2022:17:30:27 +0000|1652722227357|MESSAGE|$default|dev|abc.execute-api.us-east-1.amazonaws.com||');
  });

  it('takes identity.userAgent from the $connect request\'s User-Agent', async () => {
    const text = `Resources:
  Api: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}}
  R: {Type: AWS::ApiGatewayV2::Route, Properties: {ApiId: !Ref Api, RouteKey: $connect, Target: !Join [/, [integrations, !Ref I]]}}
  I: {Type: AWS::ApiGatewayV2::Integration, Properties: {ApiId: !Ref Api, IntegrationType: MOCK, RequestTemplates: {application/json: '$context.identity.userAgent|$input.params("room")'}}}
`;
    const r = await renderWebSocketMessage({ text, file: 'ws.yaml' }, { route: '$connect', headers: { 'User-Agent': 'wscat/5' }, queryStringParameters: { room: 'r1' } }, at);
    expect(r.request?.body).toBe('wscat/5|r1');
  });

  it('says what the client gets when no route takes the message', async () => {
    const text = `Resources:
  Api: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}}
  R: {Type: AWS::ApiGatewayV2::Route, Properties: {ApiId: !Ref Api, RouteKey: send}}
`;
    const r = await renderWebSocketMessage({ text, file: 'ws.yaml' }, { message: '{"action": "other"}', requestContext: { connectionId: 'c1', requestId: 'r1' } }, at);
    expect(r.route).toBeUndefined();
    expect(r).toMatchObject({ noRoute: { frame: '{"message": "Forbidden", "connectionId":"c1", "requestId":"r1"}' } });
    await expect(renderWebSocketMessage({ text, file: 'ws.yaml' }, { route: 'send' }, at)).rejects.toThrow(new UserError('route send of WebSocket API Api has no Target; there is nothing to render', { file: 'ws.yaml' }));
  });
});
