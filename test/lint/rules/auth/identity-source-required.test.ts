import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/identity-source-required', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['cached', '/securityDefinitions/petAuth/x-amazon-apigateway-authorizer', 23, 5, 'Request authorizer "petAuth" caches results (TTL 300 s) but has no identitySource; set one, or authorizerResultTtlInSeconds: 0'],
    ],
  },
  {
    // JWT authorizers: "identitySource" is required
    // https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-authorizers.html
    name: 'reports an HTTP API JWT authorizer without identitySource',
    apiType: 'http',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      components:
        securitySchemes:
          jwt:
            type: oauth2
            flows: {}
            x-amazon-apigateway-authorizer:
              type: jwt
              jwtConfiguration:
                issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc
                audience: [client]
          withSource:
            type: oauth2
            flows: {}
            x-amazon-apigateway-authorizer:
              type: jwt
              identitySource: $request.header.Authorization
              jwtConfiguration:
                issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc
                audience: [client]
    `,
    expected: [
      ['jwt', '/components/securitySchemes/jwt/x-amazon-apigateway-authorizer', 9, 7, 'JWT authorizer "jwt" has no identitySource (usually "$request.header.Authorization")'],
    ],
  },
  {
    // identitySource is required for a REQUEST authorizer only when caching is on (TTL > 0)
    // https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
    name: 'leaves a JWT authorizer in a REST API to auth/jwt-on-rest, and accepts an uncached request authorizer without identitySource',
    apiType: 'rest',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        jwtOnRest:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: jwt
            jwtConfiguration: {issuer: 'https://example.com', audience: [a]}
        uncached:
          type: apiKey
          name: Authorization
          in: header
          x-amazon-apigateway-authorizer:
            type: request
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            authorizerResultTtlInSeconds: 0
    `,
    expected: [],
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
      ['jwt', '/Resources/JwtAuthorizer/Properties', 33, 5, 'JWT authorizer "cognito" has no identitySource (usually "$request.header.Authorization")'],
    ],
  },
]);
