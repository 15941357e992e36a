import { describeRule } from '../harness.js';

describeRule('doc/unknown-integration-field', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/timeout', 15, 9],
    ],
  },
]);
