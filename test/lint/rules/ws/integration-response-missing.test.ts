import { describeRule } from '../../../support/rule-tester.js';

// "For non-proxy integrations, you must set up at least one integration response ... one of your
// integration responses should act as a catch-all ... $default"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html);
// "$default is required for non-proxy integrations to act as the catch-all for successful responses"
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html).
// A warning, not an error: CloudFormation creates such routes (the CDK integration test
// websocket-mock deploys a two-way MOCK route without integration responses).
describeRule('ws/integration-response-missing', [
  { name: 'accepts a $default integration response, and a one-way route or $disconnect without any', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports two-way routes whose non-proxy integration has no $default integration response',
    spec: 'fail.yaml',
    expected: [
      ['none', '/Resources/PingIntegration', 27, 5, 'MOCK integration PingIntegration (route ping) has no IntegrationResponse, but route ping answers through a route response, and a non-proxy integration must have an integration response to answer with. Add a $default IntegrationResponse'],
      ['noDefault', '/Resources/LookupIntegration', 48, 5, 'Integration LookupIntegration (route lookup) has IntegrationResponses /2\\d\\d/ but no $default, the catch-all a non-proxy integration needs; route lookup has no integration response to answer with when none of them matches. Add a $default IntegrationResponse'],
    ],
  },
]);
