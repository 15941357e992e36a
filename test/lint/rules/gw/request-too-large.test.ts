import { describeRule } from '../harness.js';

describeRule('gw/request-too-large', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notCustomisable', '/x-amazon-apigateway-gateway-responses/REQUEST_TOO_LARGE', 16, 3],
    ],
  },
]);
