import { describeRule } from '../../../support/rule-tester.js';

// AWS::ApiGatewayV2::Integration (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-integration.html):
// IntegrationType AWS | AWS_PROXY | HTTP | HTTP_PROXY | MOCK; TimeoutInMillis "between 50 and 29,000
// milliseconds for WebSocket APIs"; PayloadFormatVersion: for anything but HTTP API Lambda proxies
// "1.0 is the only supported value"; ContentHandlingStrategy CONVERT_TO_BINARY | CONVERT_TO_TEXT;
// PassthroughBehavior WHEN_NO_MATCH | WHEN_NO_TEMPLATES | NEVER; ConnectionType INTERNET | VPC_LINK.
// A WebSocket VPC link integration is an HTTP one: the console asks for "HTTP method" and "Endpoint
// URL" of the VpcLink (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html).
describeRule('ws/integration-field-invalid', [
  { name: 'accepts an AWS integration and a private HTTP proxy with values in range', spec: 'pass.yaml', expected: [] },
  {
    name: 'reports each value API Gateway refuses',
    spec: 'fail.yaml',
    expected: [
      ['enum', '/Resources/EnqueueIntegration/Properties/ContentHandlingStrategy', 28, 32, 'ContentHandlingStrategy "CONVERT_TO_JSON" of integration EnqueueIntegration is not one of CONVERT_TO_BINARY, CONVERT_TO_TEXT'],
      ['enum', '/Resources/EnqueueIntegration/Properties/PassthroughBehavior', 29, 28, 'PassthroughBehavior "WHEN_NO_TEMPLATE" of integration EnqueueIntegration is not one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER'],
      ['timeout', '/Resources/EnqueueIntegration/Properties/TimeoutInMillis', 30, 24, 'TimeoutInMillis 30000 of integration EnqueueIntegration is outside 50–29,000, the range of WebSocket integrations'],
      ['payloadFormat', '/Resources/EnqueueIntegration/Properties/PayloadFormatVersion', 31, 29, 'PayloadFormatVersion "2.0" of integration EnqueueIntegration is not 1.0, the only payload format of WebSocket integrations'],
      ['enum', '/Resources/EnqueueResponse/Properties/ContentHandlingStrategy', 43, 32, 'ContentHandlingStrategy "TEXT" of integration response EnqueueResponse is not one of CONVERT_TO_BINARY, CONVERT_TO_TEXT'],
      ['vpcLink', '/Resources/PrivateIntegration/Properties/ConnectionType', 51, 23, 'ConnectionType VPC_LINK of integration PrivateIntegration needs an HTTP or HTTP_PROXY integration, not AWS_PROXY'],
      ['enum', '/Resources/LegacyIntegration/Properties/IntegrationType', 58, 24, 'IntegrationType "LAMBDA" of integration LegacyIntegration is not one of AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK'],
      ['enum', '/Resources/LegacyIntegration/Properties/ConnectionType', 60, 23, 'ConnectionType "PUBLIC" of integration LegacyIntegration is not one of INTERNET, VPC_LINK'],
    ],
  },
]);
