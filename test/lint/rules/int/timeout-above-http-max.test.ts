import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/timeout-above-http-max', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['above', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 16, 26, 'Integration for GET /pets has timeoutInMillis 45000; HTTP APIs allow at most 30000'],
    ],
  },
]);
