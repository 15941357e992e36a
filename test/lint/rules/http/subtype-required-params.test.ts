import { describeRule } from '../harness.js';

describeRule('http/subtype-required-params', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters', 16, 9],
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/Body', 18, 11],
    ],
  },
]);
