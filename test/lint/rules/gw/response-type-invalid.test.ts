import { describeRule } from '../harness.js';

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
      ['invalid', '/x-amazon-apigateway-gateway-responses/DEFAULT_4xx', 16, 3],
    ],
  },
]);
