import { describeRule } from '../harness.js';

describeRule('resp/duplicate-default', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/.*', 18, 11],
    ],
  },
]);
