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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['invalid', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/0/StatusCode', 40, 25, 'Integration response "default" of GET /pets has statusCode "2OO"; expected a three-digit status code such as "200"'],
    ],
  },
]);
