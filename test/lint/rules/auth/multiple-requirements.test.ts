import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/multiple-requirements', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['multiple', '/paths/~1pets/get/security', 9, 7, 'GET /pets lists 2 security schemes; an HTTP API route supports exactly one'],
    ],
  },
]);
