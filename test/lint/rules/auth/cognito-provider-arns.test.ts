import { describeRule } from '../harness.js';

describeRule('auth/cognito-provider-arns', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/pool/x-amazon-apigateway-authorizer/providerARNs/0', 26, 9],
    ],
  },
]);
