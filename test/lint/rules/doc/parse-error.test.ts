import { describeRule } from '../harness.js';

describeRule('doc/parse-error', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/parameters/0/$ref', 9, 15],
    ],
  },
]);
