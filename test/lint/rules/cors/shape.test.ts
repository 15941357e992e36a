import { describeRule } from '../../../support/rule-tester.js';

describeRule('cors/shape', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['type', '/x-amazon-apigateway-cors/allowOrigins', 6, 17, 'CORS field allowOrigins is "https://example.com"; expected a list of strings'],
      ['type', '/x-amazon-apigateway-cors/maxAge', 7, 11, 'CORS field maxAge is "600"; expected a whole number of seconds'],
    ],
  },
  {
    // x-amazon-apigateway-cors is an object of allowOrigins, allowCredentials, exposeHeaders, maxAge, allowMethods, allowHeaders
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html
    name: 'reports a CORS configuration that is not a mapping',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-cors: [https://example.com]
    `,
    expected: [
      ['notObject', '/x-amazon-apigateway-cors', 4, 27, 'x-amazon-apigateway-cors must be a mapping'],
    ],
  },
  {
    // The CORS configuration has six fields; any other is not part of it
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-cors-configuration.html
    name: 'reports a field the CORS configuration does not have',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-cors:
        allowOrigins: [https://example.com]
        allowOrigin: https://example.com
    `,
    expected: [
      ['unknown', '/x-amazon-apigateway-cors/allowOrigin', 6, 3, 'CORS configuration has unknown field "allowOrigin"'],
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
      ['type', '/Resources/PetsHttpApi/Properties/CorsConfiguration/AllowOrigins', 25, 23, 'CORS field allowOrigins is "https://pets.example.com"; expected a list of strings'],
      ['type', '/Resources/PetsHttpApi/Properties/CorsConfiguration/MaxAge', 27, 17, 'CORS field maxAge is "600"; expected a whole number of seconds'],
    ],
  },
]);
