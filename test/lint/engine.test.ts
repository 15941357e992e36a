import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/load.js';
import { SourceSet } from '../../src/document/refs.js';
import { runRules } from '../../src/lint/engine.js';
import { defineRule, type ParameterMappingNode, type Visitors } from '../../src/lint/rule.js';
import { buildModel } from '../../src/model/model.js';
import { openDefinitions } from '../../src/model/open.js';

const DEFINITION = `
swagger: '2.0'
info: { title: t, version: '1' }
paths:
  /a:
    get:
      responses: { 200: { description: ok, headers: { X-Out: { type: string } } } }
      parameters: [{ name: q, in: query, type: string }]
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com
        requestParameters:
          integration.request.querystring.q: method.request.querystring.q
          integration.request.header.X-Stage: \${stageVariables.stage}
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.X-Out: integration.response.header.X-In
securityDefinitions:
  auth:
    type: apiKey
    name: Authorization
    in: header
    x-amazon-apigateway-authorizer: { type: token, authorizerUri: arn }
`;

/** The order in which one rule's visitors are called on DEFINITION. */
function trace(visitors: (log: string[]) => Visitors, apiType: 'rest' | 'http' = 'rest'): string[] {
  const path = `${process.cwd()}/inline.yaml`;
  const source = parseText(DEFINITION, path, 'inline.yaml');
  const model = buildModel(new SourceSet(source, (abs) => relative(process.cwd(), abs)), { apiType });
  const log: string[] = [];
  const rule = defineRule({
    id: 'test/trace',
    meta: { description: 'Traces the walk.', category: 'struct', appliesTo: 'both', defaultSeverity: 'info', docsUrl: 'https://example.com' },
    messages: {},
    create: () => visitors(log),
  });
  runRules(model, [{ rule, severity: 'info', options: {} }], process.cwd());
  return log;
}

describe('the walk', () => {
  it('calls enter on the way down and leave once everything below a node was visited', () => {
    const both = (kind: string, name: (n: never) => string) => ({
      enter: (n: never) => void logged.push(`enter ${kind} ${name(n)}`),
      leave: (n: never) => void logged.push(`leave ${kind} ${name(n)}`),
    });
    let logged: string[] = [];
    const log = trace((l) => {
      logged = l;
      return {
        Root: both('Root', () => ''),
        Operation: both('Operation', (n: { label: string }) => n.label),
        Integration: both('Integration', (n: { operation: { label: string } }) => n.operation.label),
        IntegrationResponse: both('IntegrationResponse', (n: { pattern: string }) => n.pattern),
        RequestParameterMapping: { ...both('RequestParameterMapping', (n: ParameterMappingNode) => n.key), unknown: true },
        ResponseParameterMapping: both('ResponseParameterMapping', (n: ParameterMappingNode) => n.key),
        SecurityScheme: both('SecurityScheme', (n: { name: string }) => n.name),
        Authorizer: (n) => void logged.push(`Authorizer ${n.name}`),
        'Root:exit': () => void logged.push('Root:exit'),
      };
    });
    expect(log).toEqual([
      'enter Root ',
      'enter Operation GET /a',
      'enter Integration GET /a',
      'enter RequestParameterMapping integration.request.querystring.q',
      'leave RequestParameterMapping integration.request.querystring.q',
      'enter RequestParameterMapping integration.request.header.X-Stage',
      'leave RequestParameterMapping integration.request.header.X-Stage',
      'enter IntegrationResponse default',
      'enter ResponseParameterMapping method.response.header.X-Out',
      'leave ResponseParameterMapping method.response.header.X-Out',
      'leave IntegrationResponse default',
      'leave Integration GET /a',
      'leave Operation GET /a',
      'enter SecurityScheme auth',
      'Authorizer auth',
      'leave SecurityScheme auth',
      'leave Root ',
      'Root:exit',
    ]);
  });

  it('hands parameter mappings over parsed, and leaves out the unknown ones unless asked', () => {
    const seen = (unknown: boolean) => trace((log) => ({
      RequestParameterMapping: {
        unknown,
        enter: (m) => void log.push(`${m.restTarget?.location}.${m.restTarget?.name} <- ${m.restSource?.kind}${m.isUnknown ? ' (unknown)' : ''}`),
      },
      ResponseParameterMapping: (m) => void log.push(`${m.restTarget?.name} <- ${m.restSource?.kind} of ${m.response?.pattern}`),
    }));
    expect(seen(false)).toEqual(['querystring.q <- param', 'X-Out <- param of default']);
    expect(seen(true)).toEqual(['querystring.q <- param', 'header.X-Stage <- invalid (unknown)', 'X-Out <- param of default']);
  });

  it('visits a WebSocket API once, inside Root, and never a REST or HTTP API', () => {
    const tracer = (log: string[]): Visitors => ({
      Root: { enter: () => void log.push('enter Root'), leave: () => void log.push('leave Root') },
      WebSocketApi: (ws) => void log.push(`WebSocketApi ${ws.api.id} ${ws.routes.map((r) => r.key).join(',')}`),
    });
    const template = `Resources:
  Chat:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: chat, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}
  Send:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Chat, RouteKey: send}
`;
    const model = openDefinitions({ text: template, file: 'chat.yaml' }).definitions[0]!.model;
    const log: string[] = [];
    const rule = defineRule({
      id: 'test/trace',
      meta: { description: 'Traces the walk.', category: 'struct', appliesTo: 'websocket', defaultSeverity: 'info', docsUrl: 'https://example.com' },
      messages: {},
      create: () => tracer(log),
    });
    runRules(model, [{ rule, severity: 'info', options: {} }], process.cwd());
    expect(log).toEqual(['enter Root', 'WebSocketApi Chat send', 'leave Root']);
    expect(trace(tracer)).toEqual(['enter Root', 'leave Root']);
  });
});
