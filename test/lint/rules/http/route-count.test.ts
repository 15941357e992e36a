import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/route-count', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    options: {max: 2},
    expected: [
      ['tooMany', '/paths/~1a/put', 25, 5, 'Definition has 3 routes; the quota is 2 per HTTP API'],
    ],
  },
]);
