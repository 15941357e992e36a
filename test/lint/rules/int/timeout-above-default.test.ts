import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/timeout-above-default', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['above', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 15, 26, 'Integration for GET /pets has timeoutInMillis 60000, above the 29000 default; it needs a Regional or private API with a raised quota'],
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
      ['above', '/Resources/PetsGet/Properties/Integration/TimeoutInMillis', 40, 26, 'Integration for GET /pets has timeoutInMillis 60000, above the 29000 default; it needs a Regional or private API with a raised quota'],
    ],
  },
]);
