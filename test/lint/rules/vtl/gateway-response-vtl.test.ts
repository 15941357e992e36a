import { describeRule } from '../harness.js';

describeRule('vtl/gateway-response-vtl', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['directive', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseTemplates/application~1json', 18, 25],
    ],
  },
]);
