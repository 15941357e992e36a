import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/timeout-range', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['tooSmall', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 15, 26, 'Integration for GET /pets has timeoutInMillis 10; the minimum is 50'],
    ],
  },
  {
    // Integration timeout: 50 milliseconds to 29 seconds by default, raisable to 300000 ms for REST APIs
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
    name: 'reports a fractional timeout and one above 300000 ms, accepts 300000',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
              timeoutInMillis: 2.5
          post:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: POST
              uri: https://example.com/pets
              timeoutInMillis: 300001
          put:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: PUT
              uri: https://example.com/pets
              timeoutInMillis: 300000
    `,
    expected: [
      ['notInteger', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 11, 26, 'Integration for GET /pets has timeoutInMillis 2.5; expected a whole number of milliseconds'],
      ['tooLarge', '/paths/~1pets/post/x-amazon-apigateway-integration/timeoutInMillis', 18, 26, 'Integration for POST /pets has timeoutInMillis 300001; REST APIs allow at most 300000'],
    ],
  },
  {
    // The integration timeout is 50 ms at least; unset, it is the default (29 s)
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
    name: 'accepts the minimum 50, a placeholder, and no timeout at all',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths:
        /pets:
          get:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
              timeoutInMillis: 50
          post:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: POST
              uri: https://example.com/pets
              timeoutInMillis: \${timeout_ms}
          put:
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: PUT
              uri: https://example.com/pets
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
      ['tooSmall', '/Resources/PetsGet/Properties/Integration/TimeoutInMillis', 44, 26, 'Integration for GET /pets has timeoutInMillis 10; the minimum is 50'],
      ['tooSmall', '/Resources/PetsIntegration/Properties/TimeoutInMillis', 53, 24, 'Integration for GET /pets has timeoutInMillis 20; the minimum is 50'],
    ],
  },
]);
