import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/type-invalid', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/type', 12, 15, 'Integration for GET /pets has type "lambda"; expected aws, aws_proxy, http, http_proxy or mock'],
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
      ['invalid', '/Resources/PetsGet/Properties/Integration/Type', 37, 15, 'Integration for GET /pets has type "LAMBDA"; expected aws, aws_proxy, http, http_proxy or mock'],
    ],
  },
]);
