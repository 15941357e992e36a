import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/exclusive-minimum', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/age/exclusiveMinimum', 24, 9, 'Schema of model Pet uses exclusiveMinimum, which API Gateway models do not support'],
    ],
  },
]);
