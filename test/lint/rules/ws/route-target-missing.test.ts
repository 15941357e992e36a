import { describeRule } from '../../../support/rule-tester.js';

// "Setting up an integration for $connect is optional":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html
// a message route selects the integration that is invoked:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
describeRule('ws/route-target-missing', [
  { name: 'accepts $connect and $disconnect without a Target', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports message routes without a Target at the route',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/Resources/SendRoute', 10, 3, 'route sendmessage (SendRoute) has no Target, so a message routed to it reaches no integration. Add Target: !Sub integrations/${Integration}'],
      ['missing', '/Resources/DefaultRoute', 16, 3, 'route $default (DefaultRoute) has no Target, so a message routed to it reaches no integration. Add Target: !Sub integrations/${Integration}'],
    ],
  },
]);
