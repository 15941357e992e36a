import { describeRule } from '../harness.js';

describeRule('http/integration-ref-unresolved', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['problem', '/paths/~1pets/get/x-amazon-apigateway-integration/$ref', 12, 15],
    ],
  },
]);
