import { describeRule } from '../../../support/rule-tester.js';

// "You can only define the $default route response for WebSocket APIs"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html);
// Route.RouteResponseSelectionExpression: "Currently, this value is restricted to $default only"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
describeRule('ws/route-response-key', [
  { name: 'accepts the $default route response and expression', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports another selection expression and another route response key',
    spec: 'fail.yaml',
    expected: [
      ['expression', '/Resources/EchoRoute/Properties/RouteResponseSelectionExpression', 18, 41, 'RouteResponseSelectionExpression "$request.body.reply" of route echo is not $default, the only value WebSocket APIs support'],
      ['key', '/Resources/EchoRouteResponse/Properties/RouteResponseKey', 25, 25, 'RouteResponseKey "ok" of route echo is not $default; WebSocket APIs only support the $default route response'],
    ],
  },
]);
