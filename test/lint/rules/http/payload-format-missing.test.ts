import { describeRule } from '../../../support/rule-tester.js';

describeRule('http/payload-format-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets has no payloadFormatVersion ("2.0" or "1.0" for Lambda)'],
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
      ['missing', '/Resources/PetsIntegration/Properties', 25, 5, 'Integration for GET /pets has no payloadFormatVersion ("2.0" or "1.0" for Lambda)'],
    ],
  },
]);
