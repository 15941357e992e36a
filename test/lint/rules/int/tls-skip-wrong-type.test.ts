import { describeRule } from '../harness.js';

describeRule('int/tls-skip-wrong-type', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/tlsConfig/insecureSkipVerification', 16, 11],
    ],
  },
]);
