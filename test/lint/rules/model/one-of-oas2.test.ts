import { describeRule } from '../harness.js';

describeRule('model/one-of-oas2', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/owner/oneOf', 22, 9],
    ],
  },
]);
