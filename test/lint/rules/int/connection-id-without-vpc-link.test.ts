import { describeRule } from '../harness.js';

describeRule('int/connection-id-without-vpc-link', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/connectionId', 15, 9],
    ],
  },
]);
