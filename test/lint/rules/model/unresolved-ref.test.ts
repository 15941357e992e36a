import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/unresolved-ref', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/responses/200/schema/$ref', 12, 19, 'Missing model reference: $ref "#/definitions/Missing" points to nothing'],
    ],
  },
]);
