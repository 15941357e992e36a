import { describeRule } from '../../../support/rule-tester.js';

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
      ['notCustomisable', '/x-amazon-apigateway-gateway-responses/REQUEST_TOO_LARGE', 16, 3, 'Gateway response REQUEST_TOO_LARGE cannot be customised; this definition has no effect'],
    ],
  },
]);
