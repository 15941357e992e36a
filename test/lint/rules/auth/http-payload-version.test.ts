import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/http-payload-version', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['simple', '/components/securitySchemes/lambda/x-amazon-apigateway-authorizer/enableSimpleResponses', 30, 32, 'Lambda authorizer "lambda" enables simple responses, which need authorizerPayloadFormatVersion "2.0"'],
    ],
  },
  {
    // authorizerPayloadFormatVersion is required for REQUEST authorizers of HTTP APIs, 1.0 or 2.0
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
    name: 'reports a missing or unknown payload format version, and reads a YAML number 2 as "2.0"',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      components:
        securitySchemes:
          none:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authorizer:
              type: request
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              identitySource: $request.header.Authorization
          three:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authorizer:
              type: request
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              identitySource: $request.header.Authorization
              authorizerPayloadFormatVersion: '3.0'
          number:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authorizer:
              type: request
              authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
              identitySource: $request.header.Authorization
              authorizerPayloadFormatVersion: 2
    `,
    expected: [
      ['missing', '/components/securitySchemes/none/x-amazon-apigateway-authorizer', 10, 7, 'Lambda authorizer "none" has no authorizerPayloadFormatVersion ("1.0" or "2.0")'],
      ['invalid', '/components/securitySchemes/three/x-amazon-apigateway-authorizer/authorizerPayloadFormatVersion', 22, 41, 'Lambda authorizer "three" has authorizerPayloadFormatVersion "3.0"; expected "1.0" or "2.0"'],
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
      ['simple', '/Resources/LambdaAuthorizer/Properties/EnableSimpleResponses', 32, 30, 'Lambda authorizer "lambda" enables simple responses, which need authorizerPayloadFormatVersion "2.0"'],
    ],
  },
]);
