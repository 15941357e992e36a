import { describeRule } from '../../../support/rule-tester.js';

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
      ['jwt', '/securityDefinitions/jwt/x-amazon-apigateway-authorizer/type', 24, 13, 'Authorizer "jwt" is a jwt authorizer, which REST APIs do not support; use cognito_user_pools or a Lambda (token/request) authorizer'],
    ],
  },
]);
