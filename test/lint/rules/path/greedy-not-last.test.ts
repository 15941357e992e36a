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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['notLast', '/Resources/EditResource/Properties/PathPart', 50, 17, 'Path /pets/{proxy+}/edit continues after greedy variable {proxy+}; it must be the last segment'],
    ],
  },
]);
