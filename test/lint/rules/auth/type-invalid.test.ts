import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/type', 24, 13, 'Authorizer "petAuth" has type "lambda"; REST APIs accept token, request, cognito_user_pools'],
    ],
  },
  {
    // x-amazon-apigateway-authorizer.type is required: token, request or cognito_user_pools
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
    name: 'reports an authorizer without a type',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        untyped:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
    `,
    expected: [
      ['missing', '/securityDefinitions/untyped/x-amazon-apigateway-authorizer', 9, 5, 'Authorizer "untyped" has no type (token, request, cognito_user_pools)'],
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
      ['invalid', '/Resources/TokenAuthorizer/Properties/Type', 33, 13, 'Authorizer "token" has type "lambda"; REST APIs accept token, request, cognito_user_pools'],
    ],
  },
]);
