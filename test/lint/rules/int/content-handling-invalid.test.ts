import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/content-handling-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/contentHandling', 18, 26, 'Integration for GET /pets has contentHandling "CONVERT_TO_BASE64"; expected CONVERT_TO_TEXT or CONVERT_TO_BINARY (omit it to pass the payload through)'],
    ],
  },
]);
