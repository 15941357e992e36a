import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/selection-pattern-regex', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/.*(Not Found.*', 20, 11, 'Selection pattern ".*(Not Found.*" of GET /pets is not a valid Java regex: Unclosed group at index 14'],
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/1/SelectionPattern', 44, 31, 'Selection pattern ".*(Not Found.*" of GET /pets is not a valid Java regex: Unclosed group at index 14'],
    ],
  },
]);
