import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/status-code-format', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/statusCode', 17, 25, 'Integration response "default" of GET /pets has statusCode "2xx"; expected a three-digit status code such as "200"'],
    ],
  },
]);
