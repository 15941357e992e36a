import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/default-route', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notAny', '/paths/~1pets/get/isDefaultRoute', 8, 7, 'GET /pets sets isDefaultRoute, which only an x-amazon-apigateway-any-method operation can be'],
    ],
  },
  {
    // An HTTP API has one $default route
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
    name: 'reports a second default route',
    code: `
      openapi: 3.0.1
      info: {title: t, version: '1'}
      paths:
        /:
          x-amazon-apigateway-any-method:
            isDefaultRoute: true
            x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: 'https://example.com', payloadFormatVersion: '1.0'}
        /other:
          x-amazon-apigateway-any-method:
            isDefaultRoute: true
            x-amazon-apigateway-integration: {type: http_proxy, httpMethod: ANY, uri: 'https://example.com', payloadFormatVersion: '1.0'}
    `,
    expected: [
      ['second', '/paths/~1other/x-amazon-apigateway-any-method/isDefaultRoute', 10, 7, 'ANY /other is a second default route; ANY / already is'],
    ],
  },
]);
