import { describeRule } from '../harness.js';

describeRule('root/min-compression-range', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-minimum-compression-size', 5, 47],
    ],
  },
]);
