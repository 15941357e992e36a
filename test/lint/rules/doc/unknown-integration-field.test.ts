import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/unknown-integration-field', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/timeout', 15, 9, 'Integration for GET /pets has unknown field "timeout", which API Gateway ignores (did you mean "timeoutInMillis"?)'],
    ],
  },
]);
