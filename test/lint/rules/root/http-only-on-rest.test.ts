import { describeRule } from '../harness.js';

describeRule('root/http-only-on-rest', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/x-amazon-apigateway-cors', 5, 1],
    ],
  },
]);
