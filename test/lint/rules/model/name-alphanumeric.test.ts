import { describeRule } from '../../../support/rule-tester.js';

describeRule('model/name-alphanumeric', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/definitions/Pet_Response', 16, 3, 'Model name "Pet_Response" is not alphanumeric; import fails with "Model name must be alphanumeric"'],
    ],
  },
]);
