import { describeRule } from '../harness.js';

describeRule('model/draft4', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['later', '/components/schemas/Pet/properties/kind/const', 25, 11],
    ],
  },
]);
