import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/subtype-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/paths/~1pets/get/x-amazon-apigateway-integration/type', 12, 15, 'Integration for GET /pets has integrationSubtype but type aws; subtype integrations are aws_proxy'],
    ],
  },
]);
