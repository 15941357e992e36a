import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/one-of-oas2', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['keyword', '/definitions/Pet/properties/owner/oneOf', 22, 9, 'Schema of model Pet uses oneOf, which API Gateway does not support in Swagger 2.0 documents'],
    ],
  },
]);
