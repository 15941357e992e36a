import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/root-security-ignored', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/security', 5, 1, 'Top-level security is ignored by REST APIs; methods without their own security are left open'],
    ],
  },
]);
