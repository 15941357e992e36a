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
]);
