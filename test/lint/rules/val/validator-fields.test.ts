import { describeRule } from '../harness.js';

describeRule('val/validator-fields', [
  {
    name: 'accepts the corrected definition',
    spec: 'pass.yaml',
    expected: [],
  },
  {
    name: 'reports the violation',
    spec: 'fail.yaml',
    expected: [
      ['notBoolean', '/x-amazon-apigateway-request-validators/params/validateRequestBody', 18, 26],
      ['unknown', '/x-amazon-apigateway-request-validators/params/validateHeaders', 20, 5],
    ],
  },
]);
