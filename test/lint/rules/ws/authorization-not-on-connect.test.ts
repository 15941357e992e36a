import { describeRule } from '../../../support/rule-tester.js';

// "Because the WebSocket connection is a stateful connection, you can configure authorization on the
// $connect route only. AuthN/AuthZ will be performed only at connection time":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-keys-connect-disconnect.html
// "You can only use a Lambda authorizer function for the $connect route":
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
// API Gateway accepts an authorizer on another route (the deployment goes through):
// https://github.com/hashicorp/terraform-provider-aws/issues/40833; so a warning, not an error.
describeRule('ws/authorization-not-on-connect', [
  { name: 'accepts authorization on $connect and NONE elsewhere', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports CUSTOM, AWS_IAM and a lone AuthorizerId on message routes',
    spec: 'fail.yaml',
    expected: [
      ['notConnect', '/Resources/SendRoute/Properties/AuthorizationType', 23, 26, 'route sendmessage (SendRoute) sets AuthorizationType CUSTOM, but a WebSocket API authorizes only on $connect, when the connection is made; API Gateway does not check it on this route. Put the authorization on the $connect route'],
      ['notConnect', '/Resources/AdminRoute/Properties/AuthorizationType', 31, 26, 'route kickuser (AdminRoute) sets AuthorizationType AWS_IAM, but a WebSocket API authorizes only on $connect, when the connection is made; API Gateway does not check it on this route. Put the authorization on the $connect route'],
      ['notConnect', '/Resources/DefaultRoute/Properties/AuthorizerId', 38, 7, 'route $default (DefaultRoute) sets an AuthorizerId, but a WebSocket API authorizes only on $connect, when the connection is made; API Gateway does not check it on this route. Put the authorization on the $connect route'],
    ],
  },
]);
