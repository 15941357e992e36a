import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/uri-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets (aws_proxy) has no uri'],
    ],
  },
]);
