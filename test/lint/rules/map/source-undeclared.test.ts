import { describeRule } from '../harness.js';

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
      ['undeclared', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.querystring.page', 23, 49],
    ],
  },
]);
