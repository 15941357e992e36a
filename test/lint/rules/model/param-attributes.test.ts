import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/param-attributes', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/parameters/0/maximum', 12, 9, 'Parameter "limit" of GET /pets has maximum, which API Gateway ignores'],
    ],
  },
]);
