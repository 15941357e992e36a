import { describeRule } from '../harness.js';

describeRule('auth/root-security-ignored', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/security', 5, 1],
    ],
  },
]);
