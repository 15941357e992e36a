import { describeRule } from '../harness.js';

describeRule('path/unknown-method-key', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/any', 7, 5],
    ],
  },
]);
