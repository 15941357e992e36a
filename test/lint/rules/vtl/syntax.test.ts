import { describeRule } from '../harness.js';

describeRule('vtl/syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation (fail-json.json)',
    spec: 'fail-json.json',
    expected: [
      ['syntax', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 25, 72],
    ],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['syntax', '/paths/~1pets/post/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 15],
    ],
  },
]);
