import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/type', 12, 15, 'Integration for GET /pets has type "lambda"; expected aws, aws_proxy, http, http_proxy or mock'],
    ],
  },
]);
