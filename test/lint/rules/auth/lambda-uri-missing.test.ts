import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/lambda-uri-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer', 23, 5, 'Lambda authorizer "petAuth" (token) has no authorizerUri'],
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
      ['missing', '/Resources/TokenAuthorizer/Properties', 30, 5, 'Lambda authorizer "token" (token) has no authorizerUri'],
    ],
  },
]);
