import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/auth-type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-auth/type', 9, 15, 'GET /pets has x-amazon-apigateway-auth type "IAM"; expected NONE or AWS_IAM'],
    ],
  },
]);
