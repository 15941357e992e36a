import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/subtype-needs-credentials', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets (SQS-SendMessage) has no credentials; API Gateway needs an IAM role to call the service'],
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
      ['missing', '/Resources/PetsIntegration/Properties', 22, 5, 'Integration for GET /pets (SQS-SendMessage) has no credentials; API Gateway needs an IAM role to call the service'],
    ],
  },
]);
