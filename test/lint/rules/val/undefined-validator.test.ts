import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/undefined-validator', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undefined', '/paths/~1pets/post/x-amazon-apigateway-request-validator', 14, 46, 'POST /pets uses request validator "none", which x-amazon-apigateway-request-validators does not define'],
    ],
  },
  {
    // x-amazon-apigateway-request-validator is optional at both levels
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html
    name: 'accepts a definition whose API and methods name no validator',
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
      x-amazon-apigateway-request-validators:
        all: {validateRequestBody: true, validateRequestParameters: true}
    `,
    expected: [],
  },
  {
    // The method-level name must be a key of x-amazon-apigateway-request-validators, character for character
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html
    name: 'suggests the validator a name was probably meant to be',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      x-amazon-apigateway-request-validator: Validate body
      paths:
        /pets:
          get:
            x-amazon-apigateway-request-validator: params-only
            responses: {'200': {description: ok}}
            x-amazon-apigateway-integration:
              type: http_proxy
              httpMethod: GET
              uri: https://example.com/pets
      x-amazon-apigateway-request-validators:
        Validate body: {validateRequestBody: true, validateRequestParameters: false}
        params_only: {validateRequestBody: false, validateRequestParameters: true}
    `,
    expected: [
      ['undefined', '/paths/~1pets/get/x-amazon-apigateway-request-validator', 7, 46, 'GET /pets uses request validator "params-only", which x-amazon-apigateway-request-validators does not define (did you mean "params_only"?)'],
    ],
  },
]);
