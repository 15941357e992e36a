import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/request-body-on-http', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/post/requestBody', 8, 7, 'POST /pets declares a requestBody, which HTTP APIs ignore (no request validation)'],
    ],
  },
]);
