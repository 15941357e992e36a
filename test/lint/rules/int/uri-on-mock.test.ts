import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/uri-on-mock', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 13, 9, 'Integration for GET /pets is a mock; its uri is ignored'],
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
      ['ignored', '/Resources/PetsGet/Properties/Integration/Uri', 27, 9, 'Integration for GET /pets is a mock; its uri is ignored'],
    ],
  },
]);
