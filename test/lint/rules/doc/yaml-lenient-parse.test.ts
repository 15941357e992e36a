import { describeRule } from '../harness.js';

describeRule('doc/yaml-lenient-parse', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['lenient', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 14, 31],
    ],
  },
]);
