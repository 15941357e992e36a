import { describeRule } from '../harness.js';

describeRule('path/reserved-root', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/paths/~1ping', 6, 3],
    ],
  },
]);
