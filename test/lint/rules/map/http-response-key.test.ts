import { describeRule } from '../harness.js';

describeRule('map/http-response-key', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['status', '/paths/~1pets/get/x-amazon-apigateway-integration/responseParameters/2xx', 17, 11],
    ],
  },
]);
