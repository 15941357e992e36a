import { describeRule } from '../harness.js';

describeRule('doc/disable-directive', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/responses/200', 11, 33],
      ['unusedAll', '/paths/~1pets/get/x-amazon-apigateway-integration', 14, 26],
      ['unusedRule', '/paths/~1pets/get/x-amazon-apigateway-integration', 15, 35],
    ],
  },
]);
