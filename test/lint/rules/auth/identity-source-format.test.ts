import { describeRule } from '../harness.js';

describeRule('auth/identity-source-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/identitySource', 26, 23],
    ],
  },
]);
