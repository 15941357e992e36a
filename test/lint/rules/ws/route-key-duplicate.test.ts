import { describeRule } from '../../../support/rule-tester.js';

// A route key is unique within an API: AWS answers a second one with "Route with key $connect already
// exists for this API (Service: AmazonApiGatewayV2; Status Code: 409; Error Code: ConflictException)",
// https://github.com/serverless/serverless/issues/7260; routes page:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
describeRule('ws/route-key-duplicate', [
  { name: 'accepts the same key in two APIs', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports the second route of each key',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/Resources/BroadcastRoute/Properties/RouteKey', 20, 17, 'RouteKey sendmessage of BroadcastRoute is already the key of SendRoute; the deployment fails (Route with key sendmessage already exists for this API)'],
      ['duplicate', '/Resources/FallbackRoute/Properties/RouteKey', 32, 17, 'RouteKey $default of FallbackRoute is already the key of DefaultRoute; the deployment fails (Route with key $default already exists for this API)'],
    ],
  },
]);
