import { describeRule } from '../../../support/rule-tester.js';

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
      ['later', '/components/schemas/Pet/properties/kind/const', 25, 11, 'Schema of model Pet uses const, which is not JSON Schema draft 4; API Gateway request validation ignores it'],
    ],
  },
]);
