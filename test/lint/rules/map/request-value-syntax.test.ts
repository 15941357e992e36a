import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/request-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['invalid', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/integration.request.header.Accept', 19, 46, 'requestParameters "integration.request.header.Accept" of GET /pets maps from "application/json", which is not a mapping expression; a static value must be single-quoted: "\'application/json\'"'],
    ],
  },
]);
