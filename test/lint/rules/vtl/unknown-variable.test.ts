import { describeRule } from '../harness.js';

describeRule('vtl/unknown-variable', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['util', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 29],
      ['root', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 29],
    ],
  },
]);
