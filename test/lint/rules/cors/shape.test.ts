import { describeRule } from '../harness.js';

describeRule('cors/shape', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['type', '/x-amazon-apigateway-cors/allowOrigins', 6, 17],
      ['type', '/x-amazon-apigateway-cors/maxAge', 7, 11],
    ],
  },
]);
