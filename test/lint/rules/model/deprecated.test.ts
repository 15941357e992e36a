import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/deprecated', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['dropped', '/paths/~1pets/get/deprecated', 8, 7, 'GET /pets is marked deprecated, which API Gateway drops on import'],
    ],
  },
]);
