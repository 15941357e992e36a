import { describeRule } from '../harness.js';

describeRule('doc/mixed-oas-versions', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['rootKey', '/definitions', 15, 1],
    ],
  },
]);
