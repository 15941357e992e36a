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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['invalid', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/0/ContentHandling', 42, 30, 'Integration response "default" for GET /pets has contentHandling "CONVERT_TO_BASE64"; expected CONVERT_TO_TEXT or CONVERT_TO_BINARY (omit it to pass the payload through)'],
    ],
  },
]);
