import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/head-with-body', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['body', '/paths/~1pets/get/requestBody', 8, 7, 'GET /pets declares a request body, which GET, HEAD and DELETE requests rarely carry'],
    ],
  },
]);
