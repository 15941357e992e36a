import { describeRule } from '../harness.js';

describeRule('model/deprecated', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['dropped', '/paths/~1pets/get/deprecated', 8, 7],
    ],
  },
]);
