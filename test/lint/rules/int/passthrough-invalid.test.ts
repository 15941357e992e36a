import { describeRule } from '../harness.js';

describeRule('int/passthrough-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/passthroughBehavior', 18, 30],
    ],
  },
]);
