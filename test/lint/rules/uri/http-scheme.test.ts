import { describeRule } from '../../../support/rule-tester.js';

describeRule('uri/http-scheme', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['plain', '/paths/~1pets/get/x-amazon-apigateway-integration/uri', 14, 14, 'Integration for GET /pets calls its back end over plain http://, without TLS'],
    ],
  },
]);
