import { describeRule } from '../../../support/rule-tester.js';

describeRule('doc/oas31', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['oas31', '/openapi', 1, 10, 'OpenAPI 3.1.0 is not supported by API Gateway, which imports OpenAPI 2.0 and 3.0'],
    ],
  },
]);
