import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/undefined-validator', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undefined', '/paths/~1pets/post/x-amazon-apigateway-request-validator', 14, 46, 'POST /pets uses request validator "none", which x-amazon-apigateway-request-validators does not define'],
    ],
  },
]);
