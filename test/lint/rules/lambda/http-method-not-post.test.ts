import { describeRule } from '../harness.js';

describeRule('lambda/http-method-not-post', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notPost', '/paths/~1pets/get/x-amazon-apigateway-integration/httpMethod', 13, 21],
    ],
  },
]);
