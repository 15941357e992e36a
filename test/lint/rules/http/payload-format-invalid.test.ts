import { describeRule } from '../harness.js';

describeRule('http/payload-format-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notLambda', '/paths/~1pets/get/x-amazon-apigateway-integration/payloadFormatVersion', 15, 31],
    ],
  },
]);
