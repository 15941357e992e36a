import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/param-not-whole-segment', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['partial', '/paths/~1pets~1id-{id}', 6, 3, 'Path /pets/id-{id} has segment "id-{id}"; a path parameter must be the whole segment'],
    ],
  },
]);
