import { describeRule } from '../../../support/rule-tester.js';

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
      ['problem', '/parameters/A/$ref', 19, 11, 'Cannot resolve: $ref "#/parameters/B" is part of a reference cycle'],
      ['problem', '/parameters/B/$ref', 21, 11, 'Cannot resolve: $ref "#/parameters/A" is part of a reference cycle'],
    ],
  },
]);
