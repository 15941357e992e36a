import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/uri-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets (aws_proxy) has no uri'],
    ],
  },
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    apiType: 'auto',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    apiType: 'auto',
    expected: [
      ['missing', '/Resources/PetsGet/Properties/Integration', 41, 7, 'Integration for GET /pets (aws_proxy) has no uri'],
      ['missing', '/Resources/PetsIntegration/Properties', 47, 5, 'Integration for GET /pets (aws_proxy) has no uri'],
    ],
  },
]);
