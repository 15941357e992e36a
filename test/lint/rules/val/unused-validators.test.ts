import { describeRule } from '../harness.js';

describeRule('val/unused-validators', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unused', '/x-amazon-apigateway-request-validators/all', 17, 3],
    ],
  },
]);
