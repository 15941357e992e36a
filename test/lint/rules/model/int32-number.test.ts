import { describeRule } from '../../../support/rule-tester.js';

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
      ['format', '/definitions/Pet/properties/age/format', 23, 17, 'Schema of model Pet is type number with format int32, which API Gateway does not support; use type integer'],
    ],
  },
]);
