import { describeRule } from '../harness.js';

describeRule('resp/selection-pattern-js-only', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['literal', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/~1not found~1i', 20, 11],
    ],
  },
]);
