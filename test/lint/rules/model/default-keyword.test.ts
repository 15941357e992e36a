import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/default-keyword', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/size/default', 23, 9, 'Schema of model Pet has a default, which API Gateway ignores'],
    ],
  },
]);
