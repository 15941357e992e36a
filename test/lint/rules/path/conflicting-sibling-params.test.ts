import { describeRule } from '../harness.js';

describeRule('path/conflicting-sibling-params', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['conflict', '/paths/~1pets~1{name}~1owner', 20, 3],
    ],
  },
]);
