import { describeRule } from '../harness.js';

describeRule('auth/authtype-reserved', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/securityDefinitions/petAuth/x-amazon-apigateway-authtype', 22, 35],
    ],
  },
]);
