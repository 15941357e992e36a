import { describeRule } from '../harness.js';

describeRule('root/policy-shape', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/x-amazon-apigateway-policy', 5, 1],
    ],
  },
]);
