import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/http-not-url', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notUrl', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration uri of GET /pets is "example.com/pets", not an absolute http:// or https:// URL'],
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
      ['notUrl', '/Resources/PetsGet/Properties/Integration/Uri', 25, 14, 'Integration uri of GET /pets is "pets.example.com/pets", not an absolute http:// or https:// URL'],
    ],
  },
]);
