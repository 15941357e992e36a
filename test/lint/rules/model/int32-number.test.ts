import { describeRule } from '../harness.js';

describeRule('model/int32-number', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['format', '/definitions/Pet/properties/age/format', 23, 17],
    ],
  },
]);
