import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/token-identity-validation-on-request', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/identityValidationExpression', 28, 7, 'Authorizer "petAuth" is request; identityValidationExpression applies only to token authorizers and is ignored'],
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
      ['ignored', '/Resources/RequestAuthorizer/Properties/IdentityValidationExpression', 35, 7, 'Authorizer "request" is request; identityValidationExpression applies only to token authorizers and is ignored'],
    ],
  },
]);
