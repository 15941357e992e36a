import { describeRule } from '../../../support/rule-tester.js';

// "When you create a custom route, do not use the $ prefix in the route key name. This prefix is
// reserved for predefined routes": https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
// What AWS answers for $getauthorized: "The provided route key is not formatted properly (Service:
// AmazonApiGatewayV2; Status Code: 400; Error Code: BadRequestException)",
// https://github.com/serverless/serverless/issues/9530
describeRule('ws/route-key-reserved', [
  { name: 'accepts $connect, $disconnect, $default and custom keys without $', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports each custom key that starts with $',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/Resources/AuthorizeRoute/Properties/RouteKey', 20, 17, 'RouteKey $getauthorized of AuthorizeRoute starts with $, which is reserved for $connect, $disconnect and $default; API Gateway refuses it (The provided route key is not formatted properly). Name the custom route without $'],
      ['reserved', '/Resources/PingRoute/Properties/RouteKey', 26, 17, 'RouteKey $ping of PingRoute starts with $, which is reserved for $connect, $disconnect and $default; API Gateway refuses it (The provided route key is not formatted properly). Name the custom route without $'],
    ],
  },
]);
