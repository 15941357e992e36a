import { describeRule } from '../harness.js';

describeRule('cors/max-age', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['range', '/x-amazon-apigateway-cors/maxAge', 8, 11],
    ],
  },
]);
