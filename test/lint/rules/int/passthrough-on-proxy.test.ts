import { describeRule } from '../harness.js';

describeRule('int/passthrough-on-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/passthroughBehavior', 15, 9],
    ],
  },
]);
