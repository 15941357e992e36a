import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/jwt-config', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['audience', '/components/securitySchemes/jwt/x-amazon-apigateway-authorizer/jwtConfiguration', 26, 9, 'JWT authorizer "jwt" needs jwtConfiguration.audience with 1 to 50 entries'],
    ],
  },
  {
    // jwtConfiguration.issuer is required unless the scheme is openIdConnect with openIdConnectUrl
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-open-api.html
    name: 'reports a JWT authorizer with no issuer, and takes the openIdConnectUrl as one',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      components:
        securitySchemes:
          noIssuer:
            type: oauth2
            flows: {}
            x-amazon-apigateway-authorizer:
              type: jwt
              identitySource: $request.header.Authorization
              jwtConfiguration:
                audience: [client]
          oidc:
            type: openIdConnect
            openIdConnectUrl: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/openid-configuration
            x-amazon-apigateway-authorizer:
              type: jwt
              identitySource: $request.header.Authorization
              jwtConfiguration:
                audience: [client]
    `,
    expected: [
      ['issuer', '/components/securitySchemes/noIssuer/x-amazon-apigateway-authorizer/jwtConfiguration', 12, 9, 'JWT authorizer "noIssuer" has no issuer: set jwtConfiguration.issuer or the scheme\'s openIdConnectUrl'],
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
      ['audience', '/Resources/JwtAuthorizer/Properties/JwtConfiguration', 39, 7, 'JWT authorizer "cognito" needs jwtConfiguration.audience with 1 to 50 entries'],
    ],
  },
]);
