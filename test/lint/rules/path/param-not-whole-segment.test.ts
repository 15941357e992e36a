import { describeRule } from '../harness.js';

describeRule('path/param-not-whole-segment', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['partial', '/paths/~1pets~1id-{id}', 6, 3],
    ],
  },
]);
