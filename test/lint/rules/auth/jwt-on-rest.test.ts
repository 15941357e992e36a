import { describeRule } from '../harness.js';

describeRule('auth/jwt-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['jwt', '/securityDefinitions/jwt/x-amazon-apigateway-authorizer/type', 24, 13],
    ],
  },
]);
