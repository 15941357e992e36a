import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/method-without-integration', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get', 7, 5, 'GET /pets has no x-amazon-apigateway-integration; deploying the API fails with "No integration defined for method"'],
    ],
  },
]);
