import { describeRule } from '../../../support/rule-tester.js';

// A WebSocket route key is the value the route selection expression evaluates to, matched exactly:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
describeRule('ws/route-key-http-style', [
  { name: 'accepts action values as keys', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports method-and-path keys',
    spec: 'fail.yaml',
    expected: [
      ['httpKey', '/Resources/GetMessagesRoute/Properties/RouteKey', 20, 17, 'RouteKey GET /messages of GetMessagesRoute is an HTTP API route key; a WebSocket API routes each message by the value its RouteSelectionExpression selects, so this route runs only for a message whose selected value is exactly "GET /messages"'],
      ['httpKey', '/Resources/ProxyRoute/Properties/RouteKey', 26, 17, 'RouteKey ANY /{proxy+} of ProxyRoute is an HTTP API route key; a WebSocket API routes each message by the value its RouteSelectionExpression selects, so this route runs only for a message whose selected value is exactly "ANY /{proxy+}"'],
    ],
  },
]);
