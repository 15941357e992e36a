import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/cache-key-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/cacheKeyParameters/0', 20, 11, 'Cache key "method.request.querystring.page" of GET /pets is not a declared method request parameter'],
    ],
  },
  {
    // cacheKeyParameters is a list of method request parameter names
    // https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
    name: 'reports cacheKeyParameters that is not a list',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            parameters:
            - {name: q, in: query, type: string}
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
              cacheKeyParameters: method.request.querystring.q
    `,
    expected: [
      ['notList', '/paths/~1pets/get/x-amazon-apigateway-integration/cacheKeyParameters', 13, 29, 'cacheKeyParameters of GET /pets must be a list of method.request.* parameter names'],
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
      ['undeclared', '/Resources/PetsGet/Properties/Integration/CacheKeyParameters/1', 32, 13, 'Cache key "method.request.querystring.page" of GET /pets is not a declared method request parameter'],
    ],
  },
]);
