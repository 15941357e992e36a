import { describeRule } from '../harness.js';

describeRule('model/decimal-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['decimal', '/definitions/Pet/properties/price/format', 23, 17],
    ],
  },
]);
