import { describeRule } from '../../../support/rule-tester.js';

// IntegrationMethod: "For WebSocket APIs, if you use a Lambda integration, you must set the
// integration method to POST"
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-integration.html and
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-apigatewaymanagedoverrides-integrationoverrides.html).
describeRule('ws/lambda-integration-method', [
  { name: 'accepts POST for Lambda and GET for an HTTP back end', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports GET and ANY on Lambda integrations',
    spec: 'fail.yaml',
    expected: [
      ['method', '/Resources/SendIntegration/Properties/IntegrationMethod', 18, 26, 'IntegrationMethod GET of integration SendIntegration invokes a Lambda function; Lambda integrations of WebSocket APIs must use POST, so every call fails'],
      ['method', '/Resources/EchoIntegration/Properties/IntegrationMethod', 28, 26, 'IntegrationMethod ANY of integration EchoIntegration invokes a Lambda function; Lambda integrations of WebSocket APIs must use POST, so every call fails'],
    ],
  },
]);
