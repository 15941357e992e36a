import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/region-mismatch', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['mismatch', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration for GET /pets calls Lambda through eu-west-1 but the function is in us-east-1'],
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
      ['mismatch', '/Resources/PetsGet/Properties/Integration/Uri', 24, 14, 'Integration for GET /pets calls Lambda through eu-west-1 but the function is in us-east-1'],
    ],
  },
]);
