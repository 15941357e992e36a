import { describeRule } from '../harness.js';

describeRule('int/timeout-above-default', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['above', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 15, 26],
    ],
  },
]);
