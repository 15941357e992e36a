import { describeRule } from '../harness.js';

describeRule('int/timeout-range', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['tooSmall', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 15, 26],
    ],
  },
]);
