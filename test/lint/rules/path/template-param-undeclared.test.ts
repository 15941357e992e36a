import { describeRule } from '../harness.js';

describeRule('path/template-param-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets~1{id}/get', 7, 5],
    ],
  },
]);
