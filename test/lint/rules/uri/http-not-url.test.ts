import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/http-not-url', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notUrl', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration uri of GET /pets is "example.com/pets", not an absolute http:// or https:// URL'],
    ],
  },
]);
