import { describeRule } from '../../../support/rule-tester.js';

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
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/responses/default/responseParameters/method.response.header.Access-Control-Allow-Origin', 19, 15, 'Integration response "default" of GET /pets sets header Access-Control-Allow-Origin, but response 200 does not declare it under headers'],
    ],
  },
]);
