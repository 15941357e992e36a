import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/identity-source-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer/identitySource', 26, 23, 'Authorizer "petAuth" has identity source "$request.header.Authorization"; REST APIs expect method.request.header.<name>, method.request.querystring.<name>, stageVariables.<name> or context.<name>'],
    ],
  },
  {
    // A TOKEN authorizer reads its token from one header: identitySource is method.request.header.<name>
    // https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
    name: 'reports a token authorizer that reads anything but one header',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        twoHeaders:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            identitySource: method.request.header.Authorization, method.request.header.X-Key
        query:
          type: apiKey
          name: token
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            identitySource: method.request.querystring.token
        oneHeader:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            identitySource: method.request.header.Authorization
    `,
    expected: [
      ['tokenSingle', '/securityDefinitions/twoHeaders/x-amazon-apigateway-authorizer/identitySource', 12, 23, 'Token authorizer "twoHeaders" has identity source "method.request.header.Authorization, method.request.header.X-Key"; a token authorizer reads one header: method.request.header.<name>'],
      ['tokenSingle', '/securityDefinitions/query/x-amazon-apigateway-authorizer/identitySource', 20, 23, 'Token authorizer "query" has identity source "method.request.querystring.token"; a token authorizer reads one header: method.request.header.<name>'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    apiType: 'auto',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    apiType: 'auto',
    expected: [
      ['tokenSingle', '/Resources/TokenAuthorizer/Properties/IdentitySource', 36, 23, 'Token authorizer "token" has identity source "$request.header.Authorization"; a token authorizer reads one header: method.request.header.<name>'],
      ['invalid', '/Resources/RequestAuthorizer/Properties/IdentitySource', 56, 23, 'Authorizer "tenant" has identity source "$request.querystring.tenant"; REST APIs expect method.request.header.<name>, method.request.querystring.<name>, stageVariables.<name> or context.<name>'],
      ['invalid', '/Resources/LambdaAuthorizer/Properties/IdentitySource', 83, 23, 'Authorizer "lambda" has identity source "method.request.header.Authorization"; HTTP APIs expect $request.header.<name>, $request.querystring.<name>, $context.<name> or $stageVariables.<name>'],
    ],
  },
]);
