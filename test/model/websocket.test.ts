import { describe, expect, it } from 'vitest';
import { openDefinitions } from '../../src/model/open.js';
import { isLambdaIntegration, isMessageRoute, isNonProxy, isProxy, isTwoWay, readTarget } from '../../src/model/websocket.js';

// The resources and properties read here are those of the CloudFormation reference:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html
// (Target "integrations/{integration-id}"), …-routeresponse.html (RouteId), …-integrationresponse.html (IntegrationId).
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Chat:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: chat
      ProtocolType: WEBSOCKET
      RouteSelectionExpression: $request.body.action
  Other:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: other
      ProtocolType: HTTP
  ConnectRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Chat
      RouteKey: $connect
      AuthorizationType: CUSTOM
      AuthorizerId: !Ref Auth
      Target: !Join ['/', [integrations, !Ref ConnectInteg]]
  SendRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Chat
      RouteKey: send
      RouteResponseSelectionExpression: $default
      Target: !Sub integrations/\${SendInteg}
  SendResponse:
    Type: AWS::ApiGatewayV2::RouteResponse
    Properties:
      ApiId: !Ref Chat
      RouteId: !Ref SendRoute
      RouteResponseKey: $default
  ConnectInteg:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Chat
      IntegrationType: AWS_PROXY
      IntegrationUri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
  SendInteg:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Chat
      IntegrationType: mock
      TemplateSelectionExpression: \\$default
      RequestTemplates:
        $default: '{"statusCode": 200}'
  SendIntegResponse:
    Type: AWS::ApiGatewayV2::IntegrationResponse
    Properties:
      ApiId: !Ref Chat
      IntegrationId: !Ref SendInteg
      IntegrationResponseKey: $default
      ResponseTemplates:
        $default: '{"ok": true}'
  Auth:
    Type: AWS::ApiGatewayV2::Authorizer
    Properties:
      ApiId: !Ref Chat
      AuthorizerType: REQUEST
      Name: auth
  OtherRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Other
      RouteKey: GET /x
`;

describe('WebSocket APIs written as resources', () => {
  const opened = openDefinitions({ text: TEMPLATE, file: 'chat.yaml' });
  const ws = opened.definitions.find((d) => d.apiType === 'websocket')!;
  const model = ws.model.websocket!;

  it('is opened as a definition of its own type, beside the HTTP API', () => {
    expect(opened.definitions.map((d) => [d.logicalId, d.apiType])).toEqual([['Other', 'http'], ['Chat', 'websocket']]);
    expect(ws.model.form).toBe('resources');
    expect(ws.model.paths).toEqual([]);
    expect(openDefinitions({ text: TEMPLATE, file: 'chat.yaml' }, { apiType: 'websocket' }).notes.map((n) => n.what)).toEqual(['Other (an HTTP API)']);
  });

  it('joins routes to integrations, authorizers and route responses by Ref; another API’s routes stay out', () => {
    expect(model.routes.map((r) => [r.id, r.key, r.integration?.id, r.authorizer?.id, r.responses.map((x) => x.id)])).toEqual([
      ['ConnectRoute', '$connect', 'ConnectInteg', 'Auth', []],
      ['SendRoute', 'send', 'SendInteg', undefined, ['SendResponse']],
    ]);
    expect(model.integrations.map((i) => [i.id, i.type, i.routes.map((r) => r.id), i.responses.map((r) => r.key)])).toEqual([
      ['ConnectInteg', 'AWS_PROXY', ['ConnectRoute'], []],
      ['SendInteg', 'MOCK', ['SendRoute'], ['$default']],
    ]);
  });

  // A route with a route response is two-way (apigateway-websocket-api-route-response.html);
  // proxy integrations have no integration response (apigateway-websocket-api-integration-responses.html).
  it('tells two-way routes, proxy and Lambda integrations', () => {
    const route = (key: string) => model.routes.find((r) => r.key === key)!;
    expect(isTwoWay(route('send'))).toBe(true);
    expect(isTwoWay(route('$connect'))).toBe(false);
    // $connect and $disconnect never take a message (apigateway-websocket-api-route-keys-connect-disconnect.html).
    expect([isMessageRoute(route('send')), isMessageRoute(route('$connect'))]).toEqual([true, false]);
    const connect = route('$connect').integration!;
    const send = route('send').integration!;
    expect([isProxy(connect.type), isNonProxy(connect.type), isLambdaIntegration(connect)]).toEqual([true, false, true]);
    expect([isProxy(send.type), isNonProxy(send.type), isLambdaIntegration(send)]).toEqual([false, true, false]);
  });

  it('places each template at the template text that declared it', () => {
    const at = (pointer: string) => {
      const found = ws.source.locate(pointer);
      return found.exact ? `${found.range.start.line}:${found.range.start.column}` : 'not found';
    };
    expect(model.templates.map((t) => [t.role, t.key, t.owner, t.loc.pointer, at(t.loc.pointer)])).toEqual([
      ['request', '$default', 'route send', '/Resources/SendInteg/Properties/RequestTemplates/$default', '48:19'],
      ['response', '$default', 'route send response $default', '/Resources/SendIntegResponse/Properties/ResponseTemplates/$default', '56:19'],
    ]);
  });

  it.each([
    ['a string', 'integrations/abc123', { written: true, literal: 'abc123' }],
    ['Fn::Join with a separator', { 'Fn::Join': ['/', ['integrations', { Ref: 'I' }]] }, { written: true, logicalId: 'I' }],
    ['Fn::Join as CDK writes it', { 'Fn::Join': ['', ['integrations/', { Ref: 'I' }]] }, { written: true, logicalId: 'I' }],
    ['Fn::Sub', { 'Fn::Sub': 'integrations/${I}' }, { written: true, logicalId: 'I' }],
    ['another intrinsic (unknown, not malformed)', { 'Fn::If': ['C', 'integrations/a', 'integrations/b'] }, { written: true }],
    ['a string of another shape', 'lambda/abc', { written: true, malformed: true }],
    ['nothing', undefined, { written: false }],
  ])('reads a Target written as %s', (_name, value, expected) => {
    expect(readTarget(value)).toEqual(expected);
  });
});
