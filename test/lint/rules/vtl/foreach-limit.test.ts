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
  {
    name: 'accepts the corrected template written as resources',
    spec: 'resources-pass.yaml',
    expected: [],
  },
  {
    name: 'reports each finding at the template property that declares it',
    spec: 'resources-fail.yaml',
    expected: [
      ['limit', '/Resources/PetsGet/Properties/Integration/IntegrationResponses/0/ResponseTemplates/application~1json', 39, 33, 'Template "application/json" of GET /pets loops with #foreach; API Gateway processes at most 1,000 items per loop'],
    ],
  },
]);
