import { describeRule } from '../harness.js';

describeRule('auth/scheme-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notApiKey', '/securityDefinitions/petAuth/type', 19, 11],
    ],
  },
]);
