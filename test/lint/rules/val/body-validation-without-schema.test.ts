import { describeRule } from '../../../support/rule-tester.js';

describeRule('val/body-validation-without-schema', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['noSchema', '/paths/~1pets/post', 7, 5, 'POST /pets validates the request body (validator "all") but declares no body schema, so nothing is checked'],
    ],
  },
]);
