import { describeRule } from '../../../support/rule-tester.js';

describeRule('vtl/foreach-limit', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['limit', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 29, 'Template "application/json" of GET /pets loops with #foreach; API Gateway processes at most 1,000 items per loop'],
    ],
  },
]);
