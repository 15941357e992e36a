import { describeRule } from '../../../support/rule-tester.js';

describeRule('int/responses-on-proxy', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['ignored', '/paths/~1pets/get/x-amazon-apigateway-integration/responses', 15, 9, 'Integration for GET /pets is aws_proxy; the back end response is returned as is and these responses have no effect'],
    ],
  },
]);
