import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/unknown-x-amazon-extension', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integratio', 15, 7, 'Unknown extension "x-amazon-apigateway-integratio" is ignored by API Gateway (did you mean "x-amazon-apigateway-integration"?)'],
    ],
  },
  {
    // Every extension API Gateway reads is named on its extensions page; the prefix alone is none of them
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
    name: 'reports the bare prefix x-amazon-apigateway- and nothing shorter',
    code: `
      swagger: '2.0'
      info: {title: t, version: '1'}
      paths: {}
      x-amazon-apigateway-: {}
      x-amazon-apigatewa: {}
    `,
    expected: [
      ['unknown', '/x-amazon-apigateway-', 4, 1, 'Unknown extension "x-amazon-apigateway-" is ignored by API Gateway (did you mean "x-amazon-apigateway-any-method"?)'],
    ],
  },
]);
