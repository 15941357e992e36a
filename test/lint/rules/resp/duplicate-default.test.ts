import { describeRule } from '../../../support/rule-tester.js';

describeRule('resp/duplicate-default', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['duplicate', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/.*', 18, 11, 'Integration response ".*" of GET /pets matches everything, like "default" already does'],
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
      ['duplicate', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/1/SelectionPattern', 43, 31, 'Integration response ".*" of GET /pets matches everything, like "default" already does'],
    ],
  },
]);
