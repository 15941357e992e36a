import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/source-undeclared', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.querystring.page', 23, 49, 'requestParameters "integration.request.querystring.page" of GET /pets maps method.request.querystring.page, but GET /pets declares no query parameter "page"; import fails with "Invalid mapping expression specified"'],
    ],
  },
]);
