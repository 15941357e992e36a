import { describeRule } from '../../../support/rule-tester.js';

describeRule('lambda/http-method-not-post', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notPost', '/paths/~1pets/get/x-amazon-apigateway-integration/httpMethod', 13, 21, 'Lambda integration for GET /pets uses httpMethod GET; Lambda is invoked with POST, so every call fails with "Execution failed due to configuration error"'],
    ],
  },
]);
