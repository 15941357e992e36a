import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/undefined-scheme', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undefined', '/paths/~1pets/get/security/0/petAuthorizer', 9, 9, 'GET /pets requires security scheme "petAuthorizer", which is not defined'],
    ],
  },
]);
