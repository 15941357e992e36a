import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/declared-param-not-in-template', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notInTemplate', '/paths/~1pets/get/parameters/0/name', 9, 15, 'Path parameter "id" of GET /pets does not appear in path /pets'],
    ],
  },
]);
