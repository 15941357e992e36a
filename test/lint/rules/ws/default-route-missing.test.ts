import { describeRule } from '../../../support/rule-tester.js';

// "If no routes match the evaluated value and there is no $default route, the service returns an
// error"; non-JSON messages go to $default:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
describeRule('ws/default-route-missing', [
  { name: 'accepts an API with $default and one with no message routes', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports the API at its RouteSelectionExpression',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/Resources/ChatApi/Properties/RouteSelectionExpression', 9, 7, 'WebSocket API ChatApi has custom routes (sendmessage, joinroom) but no $default route; a message whose selected value matches none of them, or that is not JSON, gets an error instead of an integration'],
    ],
  },
]);
