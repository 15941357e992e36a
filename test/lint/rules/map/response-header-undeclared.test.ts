import { describeRule } from '../harness.js';

describeRule('map/response-header-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', 19, 15],
    ],
  },
]);
