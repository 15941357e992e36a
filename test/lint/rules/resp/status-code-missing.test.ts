import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/status-code-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default', 16, 11, 'Integration response "default" of GET /pets has no statusCode'],
    ],
  },
]);
