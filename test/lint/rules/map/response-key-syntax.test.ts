import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/response-key-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.headers.Access-Control-Allow-Origin', 22, 15, 'responseParameters key "method.response.headers.Access-Control-Allow-Origin" in integration response "default" of GET /pets is not method.response.header.<name>'],
    ],
  },
]);
