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
  {
    // authorizerResultTtlInSeconds: 0 turns caching off; the maximum is 3600
    // https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
    name: 'accepts the bounds 0 (no caching) and 3600, reports -1',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        noCache:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            authorizerResultTtlInSeconds: 0
        hour:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            authorizerResultTtlInSeconds: 3600
        negative:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            authorizerResultTtlInSeconds: -1
    `,
    expected: [
      ['invalid', '/securityDefinitions/negative/x-amazon-apigateway-authorizer/authorizerResultTtlInSeconds', 28, 37, 'Authorizer "negative" has authorizerResultTtlInSeconds -1; expected a whole number from 0 to 3600'],
    ],
  },
  {
    // Unset, the TTL is the default 300 s
    // https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
    name: 'skips a TTL written as a placeholder and an authorizer without one',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        fromStage:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            authorizerResultTtlInSeconds: \${authorizer_ttl}
        unset:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
    `,
    expected: [],
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
      ['invalid', '/Resources/TokenAuthorizer/Properties/AuthorizerResultTtlInSeconds', 36, 37, 'Authorizer "token" has authorizerResultTtlInSeconds 7200; expected a whole number from 0 to 3600'],
    ],
  },
]);
