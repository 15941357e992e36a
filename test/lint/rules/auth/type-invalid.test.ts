import { describeRule } from '../harness.js';

describeRule('auth/type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/type', 24, 13],
    ],
  },
]);
