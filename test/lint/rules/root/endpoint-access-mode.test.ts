import { describeRule } from '../harness.js';

describeRule('root/endpoint-access-mode', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/x-amazon-apigateway-endpoint-access-mode', 5, 43],
    ],
  },
]);
