import { describeRule } from '../../../support/rule-tester.js';

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
      ['decimal', '/definitions/Pet/properties/price/format', 23, 17, 'Schema of model Pet uses format decimal, which API Gateway does not support'],
    ],
  },
]);
