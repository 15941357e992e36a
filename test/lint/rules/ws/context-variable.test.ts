import { describeRule } from '../../../support/rule-tester.js';

// The $context variables of WebSocket templates
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html)
// have no httpMethod or resourcePath: those are REST variables
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html).
// isBase64Encoded is a field of the Lambda proxy event, not of $context.
describeRule('ws/context-variable', [
  { name: 'accepts the WebSocket context variables', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports REST request-line variables and a name no API sets',
    spec: 'fail.yaml',
    expected: [
      ['restOnly', '/Resources/SendIntegration/Properties/RequestTemplates/$default', 29, 30, 'Request template "$default" of route sendmessage reads $context.httpMethod, a REST API variable that WebSocket APIs do not set; it renders as empty'],
      ['restOnly', '/Resources/SendIntegration/Properties/RequestTemplates/$default', 30, 32, 'Request template "$default" of route sendmessage reads $context.resourcePath, a REST API variable that WebSocket APIs do not set; it renders as empty'],
      ['unknown', '/Resources/SendIntegration/Properties/RequestTemplates/$default', 39, 33, 'Request template "$default" of route sendmessage reads $context.isBase64Encoded, which is not a WebSocket $context variable; it renders as empty'],
    ],
  },
]);
