import { describeRule } from '../../../support/rule-tester.js';

describeRule('root/endpoint-access-mode', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-endpoint-access-mode', 5, 43, 'x-amazon-apigateway-endpoint-access-mode is "strict"; expected BASIC or STRICT'],
    ],
  },
]);
