import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/read-only', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/id/readOnly', 23, 9, 'Schema of model Pet uses readOnly, which API Gateway ignores'],
    ],
  },
]);
