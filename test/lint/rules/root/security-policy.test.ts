import { describeRule } from '../harness.js';

describeRule('root/security-policy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['accessMode', '/x-amazon-apigateway-security-policy', 5, 38],
    ],
  },
]);
