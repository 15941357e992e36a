import { describeRule } from '../harness.js';

describeRule('http/default-route', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notAny', '/paths/~1pets/get/isDefaultRoute', 8, 7],
    ],
  },
]);
