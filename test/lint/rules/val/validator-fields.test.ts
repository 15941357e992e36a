import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/validator-fields', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notBoolean', '/x-amazon-apigateway-request-validators/params/validateRequestBody', 18, 26, 'Request validator "params" has validateRequestBody: "false"; expected true or false'],
      ['unknown', '/x-amazon-apigateway-request-validators/params/validateHeaders', 20, 5, 'Request validator "params" has unknown field "validateHeaders"'],
    ],
  },
  {
    // Each request validator is an object with validateRequestBody and validateRequestParameters
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html
    name: 'reports a request validator that is not a mapping',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-request-validators:
        all: true
        body:
          validateRequestBody: true
          validateRequestParameters: false
    `,
    expected: [
      ['notObject', '/x-amazon-apigateway-request-validators/all', 5, 8, 'Request validator "all" must be a mapping with validateRequestBody and validateRequestParameters'],
    ],
  },
]);
