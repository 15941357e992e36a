import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/type-missing', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get/x-amazon-apigateway-integration', 11, 7, 'Integration for GET /pets has no type (aws, aws_proxy, http, http_proxy or mock)'],
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
      ['missing', '/Resources/PetsGet/Properties/Integration', 35, 7, 'Integration for GET /pets has no type (aws, aws_proxy, http, http_proxy or mock)'],
    ],
  },
]);
