import { describeRule } from '../harness.js';

describeRule('doc/version-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '', 1, 1],
    ],
  },
]);
