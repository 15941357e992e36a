import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/discriminator', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/discriminator', 23, 5, 'Schema of model Pet uses discriminator, which API Gateway models do not support'],
    ],
  },
]);
