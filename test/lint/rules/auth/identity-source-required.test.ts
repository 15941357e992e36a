import { describeRule } from '../harness.js';

describeRule('auth/identity-source-required', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['cached', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer', 23, 5],
    ],
  },
]);
