import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/authorizer-count', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    options: {max: 2},
    expected: [
      ['tooMany', '/securityDefinitions/auth2/x-amazon-apigateway-authorizer', 43, 5, 'Definition has 3 authorizers; the quota is 2 per API'],
    ],
  },
]);
