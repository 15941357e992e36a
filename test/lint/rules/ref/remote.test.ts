import { describeRule } from '../../../support/rule-tester.js';

describeRule('ref/remote', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/parameters/0/$ref', 9, 15, 'Not checked: remote $ref "https://example.com/params.yaml#/Limit" is not fetched; bundle the definition or use a relative file reference'],
    ],
  },
]);
