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
]);
