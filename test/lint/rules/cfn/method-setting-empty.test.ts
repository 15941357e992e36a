import { describeRule } from '../../../support/rule-tester.js';

describeRule('cfn/method-setting-empty', [
  {
    name: 'accepts the corrected template',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports each violation at the template property',
    spec: 'fail.yaml',
    expected: [
      ['empty', '/Resources/Prod/Properties/MethodSettings/1', 30, 11, 'Method setting 1 of stage Prod selects GET /~1pets but sets nothing'],
    ],
  },
]);
