import { describeRule } from '../harness.js';

describeRule('map/request-key-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.headers.x-trace', 23, 11],
    ],
  },
]);
