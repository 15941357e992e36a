import { describeRule } from '../harness.js';

describeRule('gw/param-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['value', '/x-amazon-apigateway-gateway-responses/DEFAULT_4XX/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin', 18, 59],
    ],
  },
]);
