import { describeRule } from '../harness.js';

describeRule('int/response-streaming-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['wrongType', '/paths/~1pets/get/x-amazon-apigateway-integration/responseTransferMode', 18, 31],
    ],
  },
]);
