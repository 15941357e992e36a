import { describeRule } from '../../../support/rule-tester.js';

describeRule('ref/unresolved', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/parameters/0/$ref', 9, 15, 'Cannot resolve: $ref "#/parameters/Missing" points to nothing'],
    ],
  },
]);
