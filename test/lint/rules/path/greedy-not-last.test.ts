import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/greedy-not-last', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notLast', '/paths/~1{proxy+}~1edit', 6, 3, 'Path /{proxy+}/edit continues after greedy variable {proxy+}; it must be the last segment'],
    ],
  },
]);
