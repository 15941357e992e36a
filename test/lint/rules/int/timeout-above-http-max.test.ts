import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/timeout-above-http-max', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['above', '/paths/~1pets/get/x-amazon-apigateway-integration/timeoutInMillis', 16, 26, 'Integration for GET /pets has timeoutInMillis 45000; HTTP APIs allow at most 30000'],
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
      ['above', '/Resources/PetsIntegration/Properties/TimeoutInMillis', 30, 24, 'Integration for GET /pets has timeoutInMillis 60000; HTTP APIs allow at most 30000'],
    ],
  },
]);
