import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/version-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['loose', '/swagger', 1, 10, 'Version 2 is accepted by API Gateway but is not the form the specification gives ("2.0")'],
    ],
  },
]);
