import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/invalid-characters', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets list', 6, 3, 'Path /pets list has segment "pets list" with characters API Gateway does not allow (" ")'],
    ],
  },
]);
