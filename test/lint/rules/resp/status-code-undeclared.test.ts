import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/status-code-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/statusCode', 17, 25, 'Integration response "default" of GET /pets maps to status 201, which is not among the declared responses (200)'],
    ],
  },
]);
