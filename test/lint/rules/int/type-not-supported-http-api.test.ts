import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/type-not-supported-http-api', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unsupported', '/paths/~1pets/get/x-amazon-apigateway-integration/type', 12, 15, 'Integration for GET /pets is type mock; HTTP APIs support only aws_proxy and http_proxy'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['unsupported', '/Resources/PetsIntegration/Properties/IntegrationType', 27, 24, 'Integration for GET /pets is type aws; HTTP APIs support only aws_proxy and http_proxy'],
    ],
  },
]);
