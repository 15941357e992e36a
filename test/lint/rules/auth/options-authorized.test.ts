import { describeRule } from '../harness.js';

describeRule('auth/options-authorized', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['authorized', '/paths/~1pets/options/security/0/petAuth', 9, 9],
    ],
  },
]);
