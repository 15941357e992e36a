import { describeRule } from '../harness.js';

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
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-auth/type', 9, 15],
    ],
  },
]);
