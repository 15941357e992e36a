import { describeRule } from '../harness.js';

describeRule('path/invalid-characters', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets list', 6, 3],
    ],
  },
]);
