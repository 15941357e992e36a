import { describeRule } from '../../../support/rule-tester.js';

describeRule('gw/response-type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-gateway-responses/DEFAULT_4xx', 16, 3, 'Gateway response type "DEFAULT_4xx" does not exist (did you mean "DEFAULT_4XX"?)'],
    ],
  },
]);
