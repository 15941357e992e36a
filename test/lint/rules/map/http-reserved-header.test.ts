import { describeRule } from '../harness.js';

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
      ['reserved', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/overwrite:header.Authorization', 17, 11],
    ],
  },
]);
