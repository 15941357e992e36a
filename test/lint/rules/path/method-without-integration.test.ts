import { describeRule } from '../../../support/rule-tester.js';

describeRule('path/method-without-integration', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['missing', '/paths/~1pets/get', 7, 5, 'GET /pets has no x-amazon-apigateway-integration; deploying the API fails with "No integration defined for method"'],
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
      ['missing', '/Resources/PetsGet/Properties/HttpMethod', 34, 19, 'GET /pets has no x-amazon-apigateway-integration; deploying the API fails with "No integration defined for method"'],
    ],
  },
]);
