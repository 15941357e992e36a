import { describeRule } from '../harness.js';

describeRule('map/http-value-syntax', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['restSyntax', '/paths/~1pets/get/x-amazon-apigateway-integration/requestParameters/append:header.x-trace', 17, 34],
    ],
  },
]);
