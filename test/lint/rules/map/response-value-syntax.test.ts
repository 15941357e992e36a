import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/response-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', 22, 67, 'responseParameters "method.response.header.Access-Control-Allow-Origin" in integration response "default" of GET /pets maps from "*", which is not a mapping expression; a static value must be single-quoted: "\'*\'"'],
    ],
  },
]);
