import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/param-name-chars', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.x trace', 19, 11, 'Parameter name "x trace" in requestParameters of GET /pets has characters outside [a-zA-Z0-9._$-]'],
    ],
  },
]);
