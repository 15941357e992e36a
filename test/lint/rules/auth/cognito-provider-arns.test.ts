import { describeRule } from '../../../support/rule-tester.js';

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
      ['invalid', '/securityDefinitions/pool/x-amazon-apigateway-authorizer/providerARNs/0', 26, 9, 'Cognito authorizer "pool" lists "arn:foo:baz", which is not a user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool-id>)'],
    ],
  },
  {
    // CreateAuthorizer: providerARNs is required for COGNITO_USER_POOLS, a list of user pool ARNs
    // https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
    name: 'reports a Cognito authorizer without providerARNs or with an empty list',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        noArns:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: cognito_user_pools
        emptyArns:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: cognito_user_pools
            providerARNs: []
    `,
    expected: [
      ['missing', '/securityDefinitions/noArns/x-amazon-apigateway-authorizer', 9, 5, 'Cognito authorizer "noArns" has no providerARNs'],
      ['empty', '/securityDefinitions/emptyArns/x-amazon-apigateway-authorizer/providerARNs', 17, 21, 'Cognito authorizer "emptyArns" has an empty providerARNs list'],
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
      ['missing', '/Resources/CognitoAuthorizer/Properties', 34, 5, 'Cognito authorizer "cognito" has no providerARNs'],
      ['invalid', '/Resources/LegacyAuthorizer/Properties/ProviderARNs/0', 46, 22, 'Cognito authorizer "legacy" lists "us-east-1_AbCdEf123", which is not a user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool-id>)'],
    ],
  },
]);
