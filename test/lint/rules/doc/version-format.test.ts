import { describeRule } from '../harness.js';

describeRule('doc/version-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['loose', '/swagger', 1, 10],
    ],
  },
]);
