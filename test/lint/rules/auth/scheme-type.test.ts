import { describeRule } from '../../../support/rule-tester.js';

describeRule('auth/scheme-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notApiKey', '/securityDefinitions/petAuth/type', 19, 11, 'Security scheme "petAuth" carries an authorizer but has type oauth2; REST APIs read authorizers from apiKey schemes'],
    ],
  },
  {
    // Authorizer schemes are apiKey schemes "in: header"; a request authorizer may read the query string
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
    name: 'reports a token authorizer scheme read from the query, accepts a request authorizer there',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      securityDefinitions:
        tokenInQuery:
          type: apiKey
          name: token
          in: query
          x-amazon-apigateway-authorizer:
            type: token
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
        requestInQuery:
          type: apiKey
          name: token
          in: query
          x-amazon-apigateway-authorizer:
            type: request
            authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
            identitySource: method.request.querystring.token
        basic:
          type: basic
    `,
    expected: [
      ['wrongIn', '/securityDefinitions/tokenInQuery/in', 8, 9, 'Security scheme "tokenInQuery" has in: query; authorizer schemes use in: header'],
    ],
  },
  {
    // REST APIs support only apiKey schemes with x-amazon-apigateway-authtype/-authorizer; other scheme types are ignored
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
    name: 'reports http and oauth2 schemes without an authorizer, which REST APIs ignore',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      components:
        securitySchemes:
          bearer:
            type: http
            scheme: bearer
          oauth:
            type: oauth2
            flows: {}
          key:
            type: apiKey
            name: x-api-key
            in: header
    `,
    expected: [
      ['ignored', '/components/securitySchemes/bearer/type', 7, 13, 'Security scheme "bearer" of type http has no x-amazon-apigateway-authorizer; REST APIs ignore it'],
      ['ignored', '/components/securitySchemes/oauth/type', 10, 13, 'Security scheme "oauth" of type oauth2 has no x-amazon-apigateway-authorizer; REST APIs ignore it'],
    ],
  },
]);
