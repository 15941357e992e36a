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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['missing', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/1/SelectionPattern', 41, 31, 'Integration response ".*Not Found.*" of GET /pets has no statusCode'],
    ],
  },
]);
