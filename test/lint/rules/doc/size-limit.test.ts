import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/size-limit', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    options: {maxBytes: 100},
    expected: [
      ['tooLarge', '', 1, 1, 'Definition is 363 bytes; API Gateway imports at most 100 bytes'],
    ],
  },
]);
