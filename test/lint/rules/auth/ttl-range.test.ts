import { describeRule } from '../../../support/rule-tester.js';

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
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/authorizerResultTtlInSeconds', 27, 37, 'Authorizer "petAuth" has authorizerResultTtlInSeconds 7200; expected a whole number from 0 to 3600'],
    ],
  },
]);
