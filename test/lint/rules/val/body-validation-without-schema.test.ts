import { describeRule } from '../harness.js';

describeRule('val/body-validation-without-schema', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['noSchema', '/paths/~1pets/post', 7, 5],
    ],
  },
]);
