import { describeRule } from '../../../support/rule-tester.js';

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
      ['undeclared', '/paths/~1pets~1{id}/get', 7, 5, 'GET /pets/{id} does not declare path parameter "id" used in its path'],
    ],
  },
]);
