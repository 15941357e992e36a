import { describeRule } from '../harness.js';

describeRule('doc/oas31', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['oas31', '/openapi', 1, 10],
    ],
  },
]);
