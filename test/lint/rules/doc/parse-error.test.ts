import { describeRule } from '../../../support/rule-tester.js';

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
      ['problem', '/paths/~1pets/get/parameters/0/$ref', 9, 15, 'Referenced file does not parse: $ref "broken.yaml#/Limit": fixtures/lint/doc/parse-error/broken.yaml:3:3: duplicate key'],
    ],
  },
]);
