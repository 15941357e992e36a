import { describeRule } from '../../../support/rule-tester.js';

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
      ['notMime', '/paths/~1pets/get/x-amazon-apigateway-integration/requestTemplates/json', 19, 11, 'Template key "json" of GET /pets is not a content type (type/subtype); it never matches a request (did you mean "application/json"?)'],
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
      ['notMime', '/Resources/MessagesPost/Properties/Integration/RequestTemplates/json', 43, 11, 'Template key "json" of POST /messages is not a content type (type/subtype); it never matches a request (did you mean "application/json"?)'],
      ['notMime', '/Resources/MessagesPost/Properties/Integration/IntegrationResponses/0/ResponseTemplates/text', 47, 15, 'Template key "text" of POST /messages is not a content type (type/subtype); it never matches a request'],
    ],
  },
]);
