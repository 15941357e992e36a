import { describeRule } from '../../../support/rule-tester.js';

describeRule('vtl/size', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    options: {maxBytes: 20},
    expected: [
      ['tooLarge', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 11, 'Request template "application/json" of GET /pets is 26 bytes; mapping templates may be at most 20 bytes'],
    ],
  },
]);
