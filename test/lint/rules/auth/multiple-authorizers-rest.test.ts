import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/multiple-authorizers-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['multiple', '/paths/~1pets/get/security', 9, 7, 'GET /pets names authorizers a, b; a REST method uses only one authorizer'],
    ],
  },
]);
