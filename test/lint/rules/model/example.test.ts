import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/example', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/name/example', 23, 9, 'Schema of model Pet has an example, which API Gateway ignores'],
    ],
  },
]);
