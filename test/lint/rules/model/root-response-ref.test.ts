import { describeRule } from '../harness.js';

describeRule('model/root-response-ref', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ref', '/paths/~1pets/get/responses/200/$ref', 10, 17],
    ],
  },
]);
