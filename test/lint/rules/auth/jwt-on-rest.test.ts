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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['jwt', '/Resources/PetsAuthorizer/Properties/Type', 34, 13, 'Authorizer "cognito" is a jwt authorizer, which REST APIs do not support; use cognito_user_pools or a Lambda (token/request) authorizer'],
    ],
  },
]);
