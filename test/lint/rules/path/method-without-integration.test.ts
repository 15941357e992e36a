import { describeRule } from '../harness.js';

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
      ['missing', '/paths/~1pets/get', 7, 5],
    ],
  },
]);
