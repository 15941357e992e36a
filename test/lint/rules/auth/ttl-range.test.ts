import { describeRule } from '../harness.js';

describeRule('auth/ttl-range', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/authorizerResultTtlInSeconds', 27, 37],
    ],
  },
]);
