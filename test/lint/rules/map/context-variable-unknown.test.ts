import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/context-variable-unknown', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['unknown', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x-req', 19, 45, 'requestParameters of GET /pets maps context.requestID, which is not a $context variable'],
    ],
  },
]);
