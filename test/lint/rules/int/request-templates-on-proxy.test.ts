import { describeRule } from '../harness.js';

describeRule('int/request-templates-on-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates', 15, 9],
    ],
  },
]);
