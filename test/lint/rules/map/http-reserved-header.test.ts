import { describeRule } from '../../../support/rule-tester.js';

describeRule('map/http-reserved-header', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['reserved', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/overwrite:header.Authorization', 17, 11, 'requestParameters of GET /pets maps reserved header Authorization, which HTTP APIs do not allow'],
    ],
  },
]);
