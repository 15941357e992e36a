import { describeRule } from '../harness.js';

describeRule('auth/jwt-config', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['audience', '/components/securitySchemes/jwt/x-amazon-apigateway-authorizer/jwtConfiguration', 26, 9],
    ],
  },
]);
