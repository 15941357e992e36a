import { describeRule } from '../../../support/rule-tester.js';

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
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/tlsConfig/insecureSkipVerification', 16, 11, 'Integration for GET /pets is aws_proxy; tlsConfig.insecureSkipVerification applies only to http and http_proxy integrations'],
    ],
  },
]);
