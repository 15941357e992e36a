import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/swagger-for-http-api', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['swagger', '/swagger', 1, 10, 'HTTP APIs import only OpenAPI 3.0; this document is Swagger 2.0'],
    ],
  },
]);
