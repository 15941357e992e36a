import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/authorization-type-mismatch', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['mismatch', '/Resources/Get/Properties/AuthorizationType', 22, 26, 'Get has AuthorizationType CUSTOM but its authorizer Cognito is of type COGNITO_USER_POOLS, which needs COGNITO_USER_POOLS; the deployment fails'],
      ['noAuthorizer', '/Resources/Post/Properties/AuthorizationType', 32, 26, 'Post has AuthorizationType CUSTOM without an AuthorizerId; the deployment fails'],
    ],
  },
]);
