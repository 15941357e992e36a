import { describeRule } from '../harness.js';

describeRule('vtl/content-type-key', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notMime', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/json', 19, 11],
    ],
  },
]);
