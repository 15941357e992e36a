import { describeRule } from '../../../support/rule-tester.js';

// "API Gateway will not pass the backend response through to the route response, unless you set
// up a route response" (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html);
// "The $disconnect route is executed after the connection is closed"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html).
// A RouteResponse without the expression is not reported: the route response is what makes a
// route two-way (aws-samples/serverless-patterns apigw-websocket-api-sfn-sync answers that way).
describeRule('ws/route-response-unsent', [
  { name: 'accepts a two-way route with its route response and a one-way $disconnect', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a reply asked for without a route response, and a route response on $disconnect',
    spec: 'fail.yaml',
    expected: [
      ['noResponse', '/Resources/EchoRoute/Properties/RouteResponseSelectionExpression', 18, 41, 'RouteResponseSelectionExpression of route echo asks for replies, but the route has no RouteResponse; API Gateway sends the client none (the route stays one-way). Add a $default RouteResponse'],
      ['disconnect', '/Resources/DisconnectRouteResponse', 28, 5, 'RouteResponse DisconnectRouteResponse answers $disconnect, which runs after the connection is closed; no reply can reach the client'],
    ],
  },
]);
