import { describeRule } from '../harness.js';

describeRule('ref/cycle', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/parameters/A/$ref', 19, 11],
      ['problem', '/parameters/B/$ref', 21, 11],
    ],
  },
]);
