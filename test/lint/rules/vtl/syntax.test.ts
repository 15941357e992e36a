import { describeRule } from '../../../support/rule-tester.js';

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
      ['syntax', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/application~1json', 25, 72, 'Request template "application/json" of GET /pets does not parse: #end has no opening #if, #foreach, #macro or #define (template line 3, column 1)'],
    ],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['syntax', '/paths/~1pets/post/x-amazon-apigateway-integration/requestTemplates/application~1json', 19, 15, 'Request template "application/json" of POST /pets does not parse: #if is never closed with #end (template line 3, column 3)'],
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
      ['syntax', '/Resources/PostPet/Properties/Integration/RequestTemplates/application~1json', 59, 17, 'Request template "application/json" of POST /pets does not parse: #if is never closed with #end (template line 6, column 5)'],
      ['syntax', '/Resources/GetPet/Properties/Integration/IntegrationResponses/0/ResponseTemplates/application~1json', 91, 17, 'Response template "application/json" of GET /pets/{id} does not parse: #end has no opening #if, #foreach, #macro or #define (template line 3, column 1)'],
    ],
  },
]);
