import { describe, expect, it } from 'vitest';
import { openDefinitions } from '../../src/model/open.js';
import type { WebSocketModel } from '../../src/model/websocket.js';
import { eventTypeOf, webSocketId, webSocketRequestContext } from '../../src/aws/websocket-context.js';
import {
  evaluateSelectionExpression, gatewayErrorFrame, integrationResponseSelectionValue, noRouteFrame, selectIntegrationResponse, selectRequestTemplate,
  selectResponseTemplate, selectRoute, selectionString, templateText,
} from '../../src/vtl/websocket-selection.js';
import { parseJson } from '../../src/vtl/json.js';

/** A WebSocket API template: the route selection expression, then extra resources as YAML. */
function api(expression: string | undefined, resources: string): WebSocketModel {
  const rse = expression === undefined ? '' : `\n      RouteSelectionExpression: ${JSON.stringify(expression)}`;
  const text = `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: chat
      ProtocolType: WEBSOCKET${rse}
${resources}`;
  const opened = openDefinitions({ text, file: 'ws.yaml' }, { apiType: 'websocket' });
  return opened.definitions[0]!.model.websocket!;
}

const route = (id: string, key: string, target = 'Integ') => `  ${id}:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: ${JSON.stringify(key)}
      Target: !Join [/, [integrations, !Ref ${target}]]
`;
const integration = (id: string, props = 'IntegrationType: MOCK') => `  ${id}:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
      ${props.split('\n').join('\n      ')}
`;

// The payload of the route selection examples (websocket-api-develop-routes, "Route selection expressions").
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
const PAYLOAD = '{ "service" : "chat", "action" : "join", "data" : { "room" : "room1234" } }';

describe('evaluateSelectionExpression', () => {
  // The table of that page, row by row; then the rules of apigateway-websocket-api-selection-expressions.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html
  it.each([
    ['$request.body.action', 'join', 'an unwrapped variable'],
    ['${request.body.action}', 'join', 'a wrapped variable'],
    ['${request.body.service}/${request.body.action}', 'chat/join', 'multiple variables with static values'],
    ['${request.body.action}-${request.body.invalidPath}', 'join-', 'a JSONPath that is not found resolves as ""'],
    ['action', 'action', 'a static value'],
    ['\\$default', '$default', 'an escaped dollar sign: static $default'],
    ['${request.body.version}-beta', '-beta', 'braces bound a variable followed by static text (version is missing)'],
    ['$request.body.data.room', 'room1234', 'a nested path'],
    ['$request.body.missing.deeper', '', 'a path below a missing one is missing too'],
  ])('%s → %j (%s)', (expression, expected) => {
    expect(evaluateSelectionExpression(expression, { body: PAYLOAD })).toBe(expected);
  });

  it('evaluates once: a value that looks like an expression is not evaluated again', () => {
    // "Multiple variables are supported, but evaluation occurs only once (no recursive evaluation)."
    expect(evaluateSelectionExpression('${request.body.action}', { body: '{"action": "${request.body.x}", "x": "no"}' })).toBe('${request.body.x}');
  });

  it('stringifies arrays and objects as the route page says ("[item1, item2]")', () => {
    // "if your JSONPath expression returns an array of two elements, that will be presented as the string "[item1, item2]""
    expect(evaluateSelectionExpression('$request.body.action', { body: '{"action": ["item1", "item2"]}' })).toBe('[item1, item2]');
    expect(evaluateSelectionExpression('$request.body.action', { body: '{"action": {"a": 1, "b": [true, null]}}' })).toBe('{a=1, b=[true, null]}');
    expect(evaluateSelectionExpression('$request.body.n', { body: '{"n": 42}' })).toBe('42');
    expect(evaluateSelectionExpression('$request.body.n', { body: '{"n": null}' })).toBe('');
  });

  it('reads the integration response variables of IntegrationResponse.TemplateSelectionExpression', () => {
    // websocket-api-data-transformations: ${integration.response.statuscode}, .header.X, .multivalueheader.X
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
    const scope = { integrationResponse: { statusCode: 404, headers: { 'X-Kind': ['a', 'b'] } } };
    expect(evaluateSelectionExpression('${integration.response.statuscode}', scope)).toBe('404');
    expect(evaluateSelectionExpression('${integration.response.header.x-kind}', scope)).toBe('b');
    expect(evaluateSelectionExpression('${integration.response.multivalueheader.X-Kind}', scope)).toBe('a,b');
    expect(evaluateSelectionExpression('$context.authorizer.usageIdentifierKey', { context: { authorizer: { usageIdentifierKey: 'k-1' } } })).toBe('k-1');
  });
});

describe('selectionString', () => {
  it('prints scalars as written and collections as Java collections', () => {
    expect(selectionString(parseJson('"a b"'))).toBe('a b');
    expect(selectionString(parseJson('2.50'))).toBe('2.5');
    expect(selectionString(parseJson('[1, ["x"]]'))).toBe('[1, [x]]');
    expect(selectionString(undefined)).toBe('');
  });
});

describe('selectRoute', () => {
  const chat = api('$request.body.action', route('Connect', '$connect') + route('Send', 'sendmessage') + route('Default', '$default') + integration('Integ'));
  const noDefault = api('$request.body.action', route('Connect', '$connect') + route('Disconnect', '$disconnect') + route('Send', 'sendmessage') + integration('Integ'));
  const composite = api('${request.body.service}/${request.body.action}', route('Join', 'chat/join') + integration('Integ'));

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
  it.each([
    ['a key equal to a route key picks that route', chat, '{"action": "sendmessage"}', 'Send', 'sendmessage', 'match'],
    ['matching is exact: case counts', chat, '{"action": "SendMessage"}', 'Default', 'SendMessage', 'default'],
    ['no matching route → $default', chat, '{"action": "nope"}', 'Default', 'nope', 'default'],
    ['a missing path gives "" → $default', chat, '{"data": 1}', 'Default', '', 'default'],
    ['a non-JSON message goes to $default ("Non-JSON messages are directed to a $default route")', chat, 'hello', 'Default', undefined, 'not-json'],
    ['$connect is never chosen for a message (localstack#7153)', chat, '{"action": "$connect"}', 'Default', '$connect', 'default'],
    ['$default may be named', chat, '{"action": "$default"}', 'Default', '$default', 'match'],
    ['no match and no $default → none', noDefault, '{"action": "nope"}', undefined, 'nope', 'none'],
    ['non-JSON and no $default → none', noDefault, 'hi', undefined, undefined, 'none'],
    ['$disconnect is never chosen either', noDefault, '{"action": "$disconnect"}', undefined, '$disconnect', 'none'],
    ['several variables with static text', composite, PAYLOAD, 'Join', 'chat/join', 'match'],
  ] as const)('%s', (_name, model, message, routeId, key, reason) => {
    const r = selectRoute(model, message);
    expect({ route: r.route?.id, key: r.key, reason: r.reason }).toEqual({ route: routeId, key, reason });
  });

  it('explains the choice in one sentence', () => {
    expect(selectRoute(chat, '{"action": "nope"}').detail).toBe('route selection expression $request.body.action gives "nope", which no route has: route $default');
    expect(selectRoute(noDefault, 'hi').detail).toBe('the message is not JSON and there is no $default route');
  });

  it('a static expression names one route whatever the message', () => {
    const m = api('sendmessage', route('Send', 'sendmessage') + integration('Integ'));
    expect(selectRoute(m, 'not json at all').route?.id).toBe('Send');
  });
});

describe('noRouteFrame', () => {
  it('is the frame clients receive when no route takes a message', () => {
    // As recorded by clients of an API with no $default route: aws-samples/simple-websockets-chat-app#24
    // https://github.com/aws-samples/simple-websockets-chat-app/issues/24
    expect(noRouteFrame('XDmENcnwIE0CFEQ=', 'XDmGEE2RoE0FRdQ=')).toBe('{"message": "Forbidden", "connectionId":"XDmENcnwIE0CFEQ=", "requestId":"XDmGEE2RoE0FRdQ="}');
  });

  it('has the same shape for a failed integration', () => {
    expect(gatewayErrorFrame('Internal server error', 'Qyi07eCbtjMCJKw=', 'Qyi3UG41tjMFlUg=')).toBe('{"message": "Internal server error", "connectionId":"Qyi07eCbtjMCJKw=", "requestId":"Qyi3UG41tjMFlUg="}');
  });
});

describe('selectRequestTemplate', () => {
  const model = (props: string) => api('$request.body.action', route('Send', 'send') + integration('Integ', `IntegrationType: AWS\nIntegrationUri: arn:aws:apigateway:us-east-1:sqs:path/1/q\n${props}`));
  const pick = (props: string, body: string) => {
    const r = selectRequestTemplate(model(props).integrations[0]!, { body });
    return r.kind === 'template' ? { kind: r.kind, key: r.key, selectedBy: r.selectedBy, pointer: r.loc.pointer } : { kind: r.kind };
  };

  // Template selection: keys are values of the expression, with $default as the catch-all.
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html
  it.each([
    ['the key the expression gives', 'TemplateSelectionExpression: ${request.body.kind}\nRequestTemplates: {text: a, $default: d}', '{"kind": "text"}',
      { kind: 'template', key: 'text', selectedBy: 'text', pointer: '/Resources/Integ/Properties/RequestTemplates/text' }],
    ['$default when no key matches', 'TemplateSelectionExpression: ${request.body.kind}\nRequestTemplates: {text: a, $default: d}', '{"kind": "image"}',
      { kind: 'template', key: '$default', selectedBy: 'image', pointer: '/Resources/Integ/Properties/RequestTemplates/$default' }],
    ['a static \\$default (CDK)', 'TemplateSelectionExpression: \\$default\nRequestTemplates: {$default: d}', 'x',
      { kind: 'template', key: '$default', selectedBy: '$default', pointer: '/Resources/Integ/Properties/RequestTemplates/$default' }],
    ['not a content type: an application/json key is not chosen by a static \\$default', 'TemplateSelectionExpression: \\$default\nRequestTemplates: {application/json: j}', '{}',
      { kind: 'passthrough' }],
    ['no expression: the application/json template', 'RequestTemplates: {application/json: j}', '{}',
      { kind: 'template', key: 'application/json', selectedBy: 'application/json', pointer: '/Resources/Integ/Properties/RequestTemplates/application~1json' }],
    ['no match, NEVER: refused', 'TemplateSelectionExpression: x\nPassthroughBehavior: NEVER\nRequestTemplates: {y: t}', '{}', { kind: 'unsupported' }],
    ['no match, WHEN_NO_TEMPLATES with templates: refused', 'TemplateSelectionExpression: x\nPassthroughBehavior: WHEN_NO_TEMPLATES\nRequestTemplates: {y: t}', '{}', { kind: 'unsupported' }],
    ['no templates, WHEN_NO_TEMPLATES: passed through', 'PassthroughBehavior: WHEN_NO_TEMPLATES', '{}', { kind: 'passthrough' }],
  ])('%s', (_name, props, body, expected) => {
    expect(pick(props, body)).toEqual(expected);
  });

  it('proxy integrations have no templates', () => {
    const m = api('$request.body.action', route('Send', 'send') + integration('Integ', 'IntegrationType: AWS_PROXY\nIntegrationUri: arn:aws:lambda:us-east-1:123456789012:function:f'));
    expect(selectRequestTemplate(m.integrations[0]!, { body: '{}' }).kind).toBe('proxy');
  });
});

describe('integration responses', () => {
  const LAMBDA = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
  const responses = (keys: string[]) => keys.map((k, i) => `  R${i}:
    Type: AWS::ApiGatewayV2::IntegrationResponse
    Properties:
      ApiId: !Ref Api
      IntegrationId: !Ref Integ
      IntegrationResponseKey: ${JSON.stringify(k)}
      TemplateSelectionExpression: \${integration.response.statuscode}
      ResponseTemplates: {'404': 'nf', $default: 'd'}
`).join('');
  const http = api('$request.body.action', route('Send', 'send') + integration('Integ', 'IntegrationType: HTTP\nIntegrationMethod: POST\nIntegrationUri: https://example.com') + responses(['$default', '/4\\d\\d/', '/2\\d\\d/']));
  const lambda = api('$request.body.action', route('Send', 'send') + integration('Integ', `IntegrationType: AWS\nIntegrationUri: ${LAMBDA}`) + responses(['/.*not found.*/', '$default']));

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html (integration response selection expressions)
  it('matches HTTP status codes and Lambda error messages', () => {
    const integ = http.integrations[0]!;
    expect(integrationResponseSelectionValue(integ, { statusCode: 404, errorMessage: 'x' })).toBe('404');
    expect(integrationResponseSelectionValue(lambda.integrations[0]!, { statusCode: 200, errorMessage: 'item not found' })).toBe('item not found');
    expect(integrationResponseSelectionValue(lambda.integrations[0]!, { statusCode: 200 })).toBeUndefined();
  });

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html
  it.each([
    ['404', '/4\\d\\d/'],
    ['201', '/2\\d\\d/'],
    ['500', '$default'],
    ['4041', '$default'], // a whole-value match: /4\d\d/ does not match 4041
    [undefined, '$default'],
  ])('HTTP status %s → %s', (value, matched) => {
    expect(selectIntegrationResponse(http.integrations[0]!, value).matched).toBe(matched);
  });

  it('a key without slashes must equal the value; without $default nothing is chosen', () => {
    const m = api('$request.body.action', route('Send', 'send') + integration('Integ', 'IntegrationType: MOCK') + responses(['200']));
    expect(selectIntegrationResponse(m.integrations[0]!, '200').matched).toBe('200');
    expect(selectIntegrationResponse(m.integrations[0]!, '201')).toEqual({ response: undefined, matched: 'none' });
  });

  it('chooses the response template by its template selection expression, else $default', () => {
    const r = selectIntegrationResponse(http.integrations[0]!, '404').response!;
    expect(selectResponseTemplate(r, { integrationResponse: { statusCode: 404 } })).toMatchObject({ key: '404', selectedBy: '404' });
    expect(selectResponseTemplate(r, { integrationResponse: { statusCode: 400 } })).toMatchObject({ key: '$default', selectedBy: '400' });
  });
});

describe('templateText', () => {
  it('marks the CloudFormation values of a Fn::Join or Fn::Sub template and shows them as ${Name}', () => {
    const join = templateText({ 'Fn::Join': ['', ['{"TableName": "', { Ref: 'Table' }, '", "id": "${context.requestId}"}']] })!;
    expect(join.text).toBe('{"TableName": "\u00010\u0002", "id": "${context.requestId}"}');
    expect(join.unknowns).toEqual(['${Table}']);
    expect(join.show(join.text)).toBe('{"TableName": "${Table}", "id": "${context.requestId}"}');
    // Fn::Sub: ${Name} is CloudFormation's, ${!Name} a literal ${Name} left for Velocity.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html
    const sub = templateText({ 'Fn::Sub': '{"t": "${Table}", "a": "${Fn.Arn}", "v": "${!stageVariables.x}", "e": $context.requestTimeEpoch}' })!;
    expect(sub.unknowns).toEqual(['${Table}', '${Fn.Arn}']);
    expect(sub.text).toBe('{"t": "\u00010\u0002", "a": "\u00011\u0002", "v": "${stageVariables.x}", "e": $context.requestTimeEpoch}');
    expect(templateText('plain $x ${y}')).toMatchObject({ text: 'plain $x ${y}', unknowns: [] });
    expect(templateText({ Ref: 'X' })).toBeUndefined();
  });
});

describe('WebSocket $context', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html
  it('eventType follows the route; messageId only for MESSAGE; no httpMethod or resourcePath', () => {
    expect(['$connect', '$disconnect', '$default', 'send'].map(eventTypeOf)).toEqual(['CONNECT', 'DISCONNECT', 'MESSAGE', 'MESSAGE']);
    const base = { connectionId: 'c', requestId: 'r', apiId: 'abc123', stage: 'dev', connectedAt: 1652722217711, time: 1652722227357 };
    const msg = webSocketRequestContext({ ...base, routeKey: 'send', messageId: 'm' });
    expect(msg).toEqual({
      routeKey: 'send', messageId: 'm', eventType: 'MESSAGE', extendedRequestId: 'r', requestTime: '16/May/2022:17:30:27 +0000', messageDirection: 'IN',
      stage: 'dev', connectedAt: 1652722217711, requestTimeEpoch: 1652722227357, identity: { sourceIp: '127.0.0.1' }, requestId: 'r',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com', connectionId: 'c', apiId: 'abc123',
    });
    const connect = webSocketRequestContext({ ...base, routeKey: '$connect', messageId: 'm' });
    expect(connect).not.toHaveProperty('messageId');
    expect(connect).not.toHaveProperty('httpMethod');
  });

  it('ids look like API Gateway\'s (16 characters, url-safe base64)', () => {
    expect(webSocketId()).toMatch(/^[A-Za-z0-9_-]{15}=$/);
  });
});
