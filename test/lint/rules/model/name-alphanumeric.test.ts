import { describeRule } from '../harness.js';

describeRule('model/name-alphanumeric', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/definitions/Pet_Response', 16, 3],
    ],
  },
]);
