import { describeRule } from '../../../support/rule-tester.js';

// "Specifying the backend endpoint to invoke" is part of every integration request; MOCK alone
// answers "without invoking any backend"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html,
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-integration.html).
describeRule('ws/integration-uri-missing', [
  { name: 'accepts a Lambda proxy with its uri and a MOCK without one', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports a Lambda proxy and an HTTP integration with no uri',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/Resources/ConnectIntegration', 20, 5, 'AWS_PROXY integration ConnectIntegration (route $connect) has no IntegrationUri; it has no back end to call'],
      ['missing', '/Resources/PingIntegration', 31, 5, 'HTTP integration PingIntegration (route ping) has no IntegrationUri; it has no back end to call'],
    ],
  },
]);
