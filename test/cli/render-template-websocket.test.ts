import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apigw } from '../support/cli.js';

const CHAT = 'fixtures/render/websocket/chat.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'apigw-render-ws-'));
const file = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const render = (...args: string[]) => apigw(['render-template', '--spec', ...args]);

// The payload of the route selection examples of websocket-api-develop-routes.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
const JOIN = '{ "service" : "chat", "action" : "join", "data" : { "room" : "room1234" } }';
// Ids and times of a recorded Lambda event of a WebSocket message (as API Gateway writes requestContext).
const CONTEXT = ['--context', 'connectionId=SOqGjdZioAMCEeg=', '--context', 'requestId=SOqIDEacoAMFaHQ=', '--context', 'messageId=SOqIDdzSoAMCEeg=', '--context', 'requestTimeEpoch=1652722227357', '--context', 'connectedAt=1652722217711'];

describe('apigw render-template with a WebSocket API', () => {
  it('--message chooses the route through the route selection expression, then the request template through the template selection expression', () => {
    // $request.body.action gives "join"; ${request.body.service} gives "chat", a key of RequestTemplates.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
    expect(render(CHAT, '--message', JOIN, ...CONTEXT)).toEqual({
      status: 0,
      stdout: '{"room": "room1234", "connection": "SOqGjdZioAMCEeg=", "route": "join", "message": "SOqIDdzSoAMCEeg="}',
      stderr: 'apigw: route selection expression $request.body.action gives "join": route join (WebSocket API ChatApi)\n'
        + `apigw: using request template "chat" of route join (${CHAT}:50:9)\n`,
    });
  });

  it('uses the $default template when no key matches the template selection expression, and says so', () => {
    const r = render(CHAT, '--message', '{"action": "join", "service": "radio"}');
    expect(r.stdout).toBe('{"unknownService": "radio"}');
    expect(r.stderr).toContain(`using request template "$default" of route join (${CHAT}:52:9): no template "radio"\n`);
  });

  it('--route $connect renders with eventType CONNECT, no messageId, the stage and its stage variables', () => {
    // $context.messageId is "Available only when the $context.eventType is MESSAGE".
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
    expect(render(CHAT, '--route', '$connect', ...CONTEXT)).toEqual({
      status: 0,
      stdout: '{"connectionId": "SOqGjdZioAMCEeg=", "event": "CONNECT", "messageId": "", "at": 1652722217711, "stage": "prod", "env": "production"}',
      stderr: `apigw: route $connect of WebSocket API ChatApi\napigw: using request template "$default" of route $connect (${CHAT}:26:9)\n`,
    });
    expect(render(CHAT, '--route', '$connect', '--context', 'stage=beta', '--stage-var', 'env=test').stdout).toContain('"stage": "beta", "env": "test"}');
  });

  it('sends a message that is not JSON to $default', () => {
    // "Non-JSON messages are directed to a $default route" (websocket-api-develop-routes).
    const r = render(CHAT, '--message', 'hello', '--response');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"message": "use an action: join or ping", "got": "$default", "body": "{}"}');
    expect(r.stderr).toBe('apigw: the message is not JSON: route $default (WebSocket API ChatApi)\n'
      + `apigw: using integration response $default with response template "$default" (${CHAT}:126:9) of route $default\n`);
  });

  it('--response picks the integration response by key and its template by the response template selection expression', () => {
    const r = render(CHAT, '--message', JOIN, '--response', '--integration-response', file('room.json', '{"room": "room1234"}'), ...CONTEXT);
    expect(r.stdout).toBe('{"joined": "room1234", "by": "SOqGjdZioAMCEeg="}');
    expect(r.stderr).toContain(`using integration response $default with response template "chat" (${CHAT}:71:9) of route join`);
  });

  it('--response matches a Lambda errorMessage against /regex/ integration response keys', () => {
    // Lambda integrations select by $integration.response.body.errorMessage (websocket-api-data-transformations).
    const r = render(CHAT, '--message', JOIN, '--response', '--error-message', 'room not found: r9', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ body: '{"error": "no such room", "detail": "room not found: r9"}' });
    expect(r.stderr).toContain('using integration response /.*not found.*/ with response template "$default"');
  });

  it('a one-way route answers nothing: the response is rendered with a warning', () => {
    // "If a route is configured for one-way communication, then regardless of any integration response
    // configuration, no response will be returned" (apigateway-websocket-api-integration-responses).
    const r = render(CHAT, '--message', '{"action": "ping", "format": "short"}', '--response');
    expect(r.stdout).toBe('{"pong": true}');
    expect(r.stderr).toContain('apigw: warning: route ping has no route response: API Gateway sends the client nothing (one-way route)\n');
  });

  it('$disconnect answers nothing even with a route response: it runs after the connection is closed', () => {
    // "The $disconnect route is executed after the connection is closed" and is best effort
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
    const spec = file('disconnect.yaml', `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: a, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}
  Bye:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Api, RouteKey: $disconnect, RouteResponseSelectionExpression: $default, Target: !Sub 'integrations/\${ByeInteg}'}
  ByeResponse:
    Type: AWS::ApiGatewayV2::RouteResponse
    Properties: {ApiId: !Ref Api, RouteId: !Ref Bye, RouteResponseKey: $default}
  ByeInteg:
    Type: AWS::ApiGatewayV2::Integration
    Properties: {ApiId: !Ref Api, IntegrationType: MOCK, RequestTemplates: {$default: '{"statusCode": 200}'}, TemplateSelectionExpression: \\$default}
  ByeIntegResponse:
    Type: AWS::ApiGatewayV2::IntegrationResponse
    Properties: {ApiId: !Ref Api, IntegrationId: !Ref ByeInteg, IntegrationResponseKey: $default, ResponseTemplates: {$default: '{"bye": true}'}}
`);
    const r = render(spec, '--route', '$disconnect', '--response');
    expect(r.stdout).toBe('{"bye": true}');
    expect(r.stderr).toContain('apigw: warning: route $disconnect runs after the connection is closed: API Gateway sends the client nothing\n');
  });

  it('PassthroughBehavior NEVER refuses a message no template takes, exit 1', () => {
    const r = render(CHAT, '--message', '{"action": "ping", "format": "long"}');
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr).toContain('apigw: error: route ping: template selection expression ${request.body.format} gives "long", no template has that key or $default (templates: short), and PassthroughBehavior is NEVER; API Gateway does not call the integration\n');
  });

  describe('real templates', () => {
    const W = 'fixtures/websocket';

    it('no route and no $default: the Forbidden frame clients record (simple-websockets-chat-app)', () => {
      // aws-samples/simple-websockets-chat-app has no $default route; clients sending other messages get
      // {"message": "Forbidden", ...}: https://github.com/aws-samples/simple-websockets-chat-app/issues/24
      const r = render(`${W}/simple-websockets-chat-app__template.yaml`, '--message', 'hi', '--context', 'connectionId=XDmENcnwIE0CFEQ=', '--context', 'requestId=XDmGEE2RoE0FRdQ=');
      expect(r).toEqual({
        status: 1, stdout: '',
        stderr: 'apigw: error: the message is not JSON and there is no $default route; API Gateway answers the client with {"message": "Forbidden", "connectionId":"XDmENcnwIE0CFEQ=", "requestId":"XDmGEE2RoE0FRdQ="}\n',
      });
      expect(render(`${W}/simple-websockets-chat-app__template.yaml`, '--message', '{"message": "sendmessage"}').stderr)
        .toMatch(/route selection expression \$request\.body\.action gives "", which no route has and there is no \$default route; API Gateway answers the client with \{"message": "Forbidden"/);
    });

    it('the mapping template of apigw-websocket-mapping-template-authorizer, with the README\'s message and the authorizer\'s principal', () => {
      // serverless-patterns: the authorizer allows principalId "me"; the README sends {"action": "sendmessage","message" : "hey queen"}.
      const r = render(`${W}/sp__apigw-websocket-mapping-template-authorizer.yaml`, '--message', '{"action": "sendmessage","message" : "hey queen"}', ...CONTEXT, '--context', 'authorizer.principalId=me');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        requestContext: {
          routeKey: 'sendmessage', messageId: 'SOqIDdzSoAMCEeg=', auth: 'me', token: '', eventType: 'MESSAGE', extendedRequestId: 'SOqIDEacoAMFaHQ=',
          requestTime: '16/May/2022:17:30:27 +0000', messageDirection: 'IN', stage: 'stage', connectedAt: '1652722217711', requestTimeEpoch: '1652722227357',
          sourceIp: '192.0.2.1', requestId: 'SOqIDEacoAMFaHQ=', domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com', connectionId: 'SOqGjdZioAMCEeg=', apiId: 'a1b2c3d4e5',
        },
        body: '{"action": "sendmessage","message" : "hey queen"}',
        isBase64Encoded: '',
      });
      // No TemplateSelectionExpression: the application/json template.
      expect(r.stderr).toContain('using request template "application/json" of route sendmessage');
    });

    it('the CDK DynamoDB integration: its $default template with the table CloudFormation names, and its /4\\d{2}/ response', () => {
      const cdk = `${W}/cdk-integ__apigatewayv2-integrations__websocket-aws-dynamodb.template.json`;
      const r = render(cdk, '--message', '{"action": "putItem", "data": "hello"}', ...CONTEXT);
      expect(r.stdout).toBe('{\n"TableName": "${MyTable794EDED1}",\n"Item": {\n"id": { "S": "SOqIDEacoAMFaHQ=" },\n"userData": { "S": "hello" }\n}\n}');
      expect(r.stderr).toContain(`apigw: warning: the template at ${cdk}:135 holds values CloudFormation fills in at deployment, shown as written: \${MyTable794EDED1}\n`);
      const bad = render(cdk, '--message', '{"action": "putItem"}', '--response', '--status', '400', '--integration-response', file('ddb.json', '{"__type": "ValidationException", "Message": "One or more parameter values were invalid"}'));
      expect(bad.stdout).toBe('{\n"error": "Bad request",\n"message": "One or more parameter values were invalid"\n}');
      expect(render(cdk, '--message', '{"action": "putItem"}', '--response', '--status', '200', '--integration-response', file('ok.json', '{}')).stdout).toBe('{"success":true}');
    });

    it('a $connect template reading the request\'s headers and query string, and adding to $context.requestTimeEpoch', () => {
      const r = render(`${W}/sp__apigw-websocket-api-connection-dynamodb.yaml`, '--route', '$connect', ...CONTEXT, '--header', 'Host: example.com', '--query', 'room=r1');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('"S": "{Host=example.com}"');
      expect(r.stdout).toContain('"S": "{room=r1}"');
      expect(r.stdout).toContain('"N": "1652722313757"'); // 1652722227357 + 86400
    });

    it('a message has no headers: --header on another route is dropped with a warning', () => {
      const r = render(CHAT, '--message', JOIN, '--header', 'X-Key: k');
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('apigw: warning: only the $connect request has headers and a query string; route join receives a message, and its templates see none\n');
    });
  });

  it.each([
    [[CHAT, '--route', 'nope'], `apigw: error: ${CHAT}: no route "nope" in WebSocket API ChatApi (routes: $connect, join, ping, $default)\n`],
    [[CHAT, '--path', '/x', '--message', 'hi'], `apigw: error: ${CHAT}: --path picks a method of a REST API; WebSocket API ChatApi has routes and selection expressions instead: give --route KEY or --message BODY\n`],
    [[CHAT, '-m', 'POST', '-p', '/x'], `apigw: error: ${CHAT}: --method picks a method of a REST API; WebSocket API ChatApi has routes and selection expressions instead: give --route KEY or --message BODY\n`],
    [[CHAT, '--route', 'join', '--content-type', 'text/plain'], `apigw: error: ${CHAT}: --content-type chooses a REST request template by Content-Type; WebSocket API ChatApi has routes and selection expressions instead: give --route KEY or --message BODY\n`],
    [[CHAT], `apigw: error: ${CHAT}: WebSocket API ChatApi has routes: give --route KEY ($connect, join, ping, $default) or --message BODY\n`],
    [[CHAT, '--route', '$connect', '--message', 'hi'], `apigw: error: ${CHAT}: --message: a $connect request carries no message; give --message with a route that receives messages\n`],
    [[CHAT, '--api', 'Nope', '--route', 'join'], `apigw: error: ${CHAT}: the CloudFormation template has no WebSocket API "Nope" written inline (WebSocket APIs: ChatApi)\n`],
    [['fixtures/render/api.yaml', '--route', 'join'], 'apigw: error: fixtures/render/api.yaml: --route picks a route of a WebSocket API (AWS::ApiGatewayV2::Api with ProtocolType WEBSOCKET); there is none here\n'],
  ])('bad input %j: one line, exit 2', (args, stderr) => {
    expect(render(...args)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('--route with a template file is refused: it picks a route of a --spec', () => {
    expect(apigw(['render-template', file('t.vtl', 'x'), '--route', 'join'])).toEqual({
      status: 2, stdout: '', stderr: 'apigw: error: --route picks a route of a WebSocket API given with --spec; a template file takes --body\n',
    });
  });
});
