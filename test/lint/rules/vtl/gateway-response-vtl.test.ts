import { describeRule } from '../../../support/rule-tester.js';

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
      ['directive', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseTemplates/application~1json', 18, 25, 'Template "application/json" of gateway response DEFAULT_4XX uses #if, but gateway response templates are not processed by Velocity'],
    ],
  },
]);
